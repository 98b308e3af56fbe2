package org.tematik.core.source.importer;

import java.util.List;

/**
 * One paragraph-like unit of an imported document, in reading order: a paragraph, a heading, a table
 * row (cells separated by tabs) or a footnote/endnote. {@code page} counts from 1 (0 when the format
 * has no pages). Blocks are joined with "\n" into the source text; an empty block keeps a blank line.
 */
public record Block(Kind kind, String text, int page, List<Annotation> annotations) {

    public enum Kind {
        PARAGRAPH, HEADING, TABLE_ROW, NOTE;

        private final String stored = name().toLowerCase(java.util.Locale.ROOT);

        /** The name as structure rows store it: "paragraph", "heading", "table_row", "note". */
        public String stored() {
            return stored;
        }
    }

    public Block {
        annotations = List.copyOf(annotations);
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a block is one line of text; split it into blocks");
        }
    }

    public static Block paragraph(String text, int page) {
        return new Block(Kind.PARAGRAPH, text, page, List.of());
    }

    public static Block heading(String text, int page) {
        return new Block(Kind.HEADING, text, page, List.of());
    }

    public static Block tableRow(List<String> cells, int page) {
        return new Block(Kind.TABLE_ROW, String.join("\t", cells), page, List.of());
    }

    public static Block note(String text, int page) {
        return new Block(Kind.NOTE, text, page, List.of());
    }

    public Block withAnnotations(List<Annotation> more) {
        return new Block(kind, text, page, more);
    }
}
