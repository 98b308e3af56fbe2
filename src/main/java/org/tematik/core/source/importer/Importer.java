package org.tematik.core.source.importer;

import java.nio.file.Path;
import java.util.Set;

/** Reads the text of one kind of file. Throws {@code UserException} naming the file when it cannot. */
public interface Importer {
    /** Lower-case file extensions without the dot. */
    Set<String> extensions();

    ExtractedText extract(Path file, byte[] bytes);
}
