package org.tematik.core.source.importer;

/**
 * A remark attached to part of a block without being part of its text, such as a Word comment:
 * [start, end) in UTF-16 indexes of the block's text.
 */
public record Annotation(String kind, int start, int end, String author, String text) {
    public static final String COMMENT = "comment";
}
