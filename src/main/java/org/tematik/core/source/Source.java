package org.tematik.core.source;

import java.time.Instant;
import java.util.UUID;

/** An imported document. Its text is stored separately and never changes after import. */
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
        String importedBy) {
}
