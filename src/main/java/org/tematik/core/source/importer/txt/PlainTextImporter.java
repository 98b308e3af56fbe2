package org.tematik.core.source.importer.txt;

import java.nio.file.Path;
import java.util.Set;
import org.tematik.core.source.importer.ExtractedText;
import org.tematik.core.source.importer.Importer;
import org.tematik.core.util.UserException;

/** Plain text and Markdown transcripts, in whatever encoding they were saved. */
public final class PlainTextImporter implements Importer {

    @Override
    public Set<String> extensions() {
        return Set.of("txt", "text", "md", "markdown");
    }

    @Override
    public ExtractedText extract(Path file, byte[] bytes) {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (decoded.binary()) {
            throw new UserException("import.error.binary", file.getFileName());
        }
        return new ExtractedText(decoded.text(), "txt", decoded.charset().name());
    }
}
