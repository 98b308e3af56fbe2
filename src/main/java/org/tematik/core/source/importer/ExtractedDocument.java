package org.tematik.core.source.importer;

import java.util.List;

/**
 * What an importer read from a file: blocks in reading order, the number of pages (0 where the format
 * has none), the importer's name, a detail for the record (encoding, PDF producer…) and notes for the
 * import report (for example "tracked changes: accepted view imported").
 */
public record ExtractedDocument(List<Block> blocks, int pageCount, String importer, String detail, List<String> notes) {
    public ExtractedDocument {
        blocks = List.copyOf(blocks);
        notes = List.copyOf(notes);
    }

    public boolean hasText() {
        return blocks.stream().anyMatch(b -> !b.text().isBlank());
    }
}
