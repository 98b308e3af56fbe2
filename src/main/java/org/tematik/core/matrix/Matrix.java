package org.tematik.core.matrix;

import java.util.List;
import java.util.UUID;

/**
 * A triangulation matrix: rows are codes (or themes), columns the values of one dimension, and
 * {@code cells[row][column]} the chosen measure. A row is triangulated when its evidence spans at least
 * K column values; the "(no value)" column shows evidence but never counts towards the span.
 */
public record Matrix(MatrixSpec spec, List<Row> rows, List<Column> columns, int[][] cells) {

    public record Row(UUID id, String name, String path, String color, int span, boolean triangulated) {
    }

    /** {@code key} is the stored value (a source's id for the source dimension), null for "(no value)". */
    public record Column(String key, String label) {
        public boolean noValue() {
            return key == null;
        }
    }

    public int cell(int row, int column) {
        return cells[row][column];
    }

    /** The largest cell, for scaling heat colours. */
    public int max() {
        int max = 0;
        for (int[] row : cells) {
            for (int v : row) {
                max = Math.max(max, v);
            }
        }
        return max;
    }

    public long triangulatedRows() {
        return rows.stream().filter(Row::triangulated).count();
    }

    /** A heat level from 0 (empty) to 1 (the largest cell), on a square-root scale so small counts still show. */
    public double heat(int row, int column) {
        int max = max();
        return max == 0 ? 0 : Math.sqrt(cells[row][column] / (double) max);
    }
}
