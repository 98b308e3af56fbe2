package org.tematik.core.source;

import java.time.Instant;
import java.util.UUID;

/**
 * An imported document. Its text (and where its pages, paragraphs and speaker turns are) is stored
 * separately and never changes after import. {@code importNotes} says how the file was read
 * (e.g. "tracked changes: accepted view"); null when there is nothing to say.
 */
public record Source(
        UUID id,
        String name,
        String sha256,
        int chars,
        String sourceType,
        String method,
        String importer,
        String originalFile,
        String originalName,
        long byteSize,
        String encoding,
        Instant importedAt,
        String importedBy,
        int pageCount,
        int paragraphCount,
        String importNotes) {

    public Source withName(String newName, Instant at, String by) {
        return new Source(id, newName, sha256, chars, sourceType, method, importer, originalFile, originalName, byteSize,
                encoding, at, by, pageCount, paragraphCount, importNotes);
    }
}
