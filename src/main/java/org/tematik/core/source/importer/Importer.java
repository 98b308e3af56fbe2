package org.tematik.core.source.importer;

import java.util.Set;

/**
 * Reads the text of one kind of file. Throws {@code UserException} naming the file (request.fileName())
 * and saying what to do when it cannot: encrypted, scanned, damaged, too large.
 */
public interface Importer {
    /** The kind of content this importer reads. */
    FileKind kind();

    /** Lower-case file extensions without the dot. */
    Set<String> extensions();

    ExtractedDocument extract(ImportRequest request);
}
