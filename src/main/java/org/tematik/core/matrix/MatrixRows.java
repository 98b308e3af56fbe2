package org.tematik.core.matrix;

import java.util.UUID;

/** Rows as the matrix queries return them (mapped by Jdbi from column names). */
public final class MatrixRows {
    private MatrixRows() {
    }

    /** Coded segments of one code under one column value (null: no value). */
    public record Cell(UUID codeId, String col, int segments) {
    }

    /** Codings of one code in one source (and by one coder, when coders are the columns). */
    public record Group(UUID codeId, UUID sourceId, String coder, int segments) {
    }

    /** One column value of a source; null when it has none. */
    public record SourceValue(UUID sourceId, String val) {
    }

    /** One coding, for evidence and words. */
    public record Hit(UUID codingId, UUID codeId, UUID sourceId, int start, int end, String coder) {
    }

    public record ParagraphStart(UUID sourceId, int start, int number, int page) {
    }

    public record CodeCount(UUID codeId, int segments, int sources) {
    }

    public record CodeRow(UUID id, UUID parentId, String name, String definition, String color, int sortOrder) {
    }

    public record Span(UUID codingId, UUID codeId, UUID sourceId, int start, int end) {
    }
}
