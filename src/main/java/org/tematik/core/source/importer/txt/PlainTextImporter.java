package org.tematik.core.source.importer.txt;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tematik.core.source.importer.Block;
import org.tematik.core.source.importer.ExtractedDocument;
import org.tematik.core.source.importer.FileKind;
import org.tematik.core.source.importer.ImportRequest;
import org.tematik.core.source.importer.Importer;
import org.tematik.core.util.UserException;

/**
 * Plain text and Markdown transcripts, in whatever encoding they were saved: one block per line, empty
 * lines included, so the stored text is the file's text exactly (apart from \n line ends and NFC).
 */
public final class PlainTextImporter implements Importer {

    @Override
    public FileKind kind() {
        return FileKind.TEXT;
    }

    @Override
    public Set<String> extensions() {
        return Set.of("txt", "text", "md", "markdown");
    }

    @Override
    public ExtractedDocument extract(ImportRequest request) {
        TextDecoder.Decoded decoded = TextDecoder.decode(request.bytes());
        if (decoded.binary()) {
            throw new UserException("import.error.binary", request.fileName());
        }
        List<Block> blocks = new ArrayList<>();
        String text = decoded.text();
        int from = 0;
        while (from <= text.length()) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? text.length() : nl;
            blocks.add(Block.paragraph(text.substring(from, to), 0));
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
        return new ExtractedDocument(blocks, 0, "txt", decoded.charset().name(), List.of());
    }
}
