package org.tematik.core.matrix;

import java.util.UUID;

/** Rows as the matrix queries return them (mapped by Jdbi from column names). */
public final class MatrixRows {
    private MatrixRows() {
    }

    /** One cell of the GROUP BY: a row code, a column value (null: none), codings and distinct sources. */
    public record Cell(UUID rowId, String col, int segments, int sources) {
    }

    /** One coding as evidence of a row under one column value. */
    public record Hit(UUID rowId, UUID codeId, String col, UUID codingId, UUID sourceId, int start, int end, String coder) {
    }

    public record ParagraphStart(UUID sourceId, int start, int number, int page) {
    }

    public record CodeCount(UUID codeId, int segments, int sources) {
    }

    public record Span(UUID codingId, UUID codeId, UUID sourceId, int start, int end) {
    }
}
