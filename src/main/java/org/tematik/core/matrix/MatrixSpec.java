package org.tematik.core.matrix;

import java.util.Locale;
import org.tematik.core.util.UserException;

/** What to tabulate: rows (codes or themes), columns (a dimension), the measure in a cell, and K for triangulation. */
public record MatrixSpec(Columns columns, Rows rows, Measure measure, int minSpan) {
    public static final int DEFAULT_MIN_SPAN = 2;

    public MatrixSpec {
        if (minSpan < 1) {
            throw new UserException("matrix.error.min", minSpan);
        }
    }

    public static MatrixSpec of(String columns) {
        return new MatrixSpec(Dimension.parse(columns), Rows.CODES, Measure.SEGMENTS, DEFAULT_MIN_SPAN);
    }

    public MatrixSpec withRows(Rows r) {
        return new MatrixSpec(columns, r, measure, minSpan);
    }

    public MatrixSpec withMeasure(Measure m) {
        return new MatrixSpec(columns, rows, m, minSpan);
    }

    public MatrixSpec withMinSpan(int k) {
        return new MatrixSpec(columns, rows, measure, k);
    }

    /** The column dimension; {@code attribute} is the attribute's name for {@link Dimension#ATTRIBUTE}. */
    public record Columns(Dimension dimension, String attribute) {
        @Override
        public String toString() {
            return attribute == null ? dimension.id() : dimension.id() + ":" + attribute;
        }
    }

    /** Codes as they are, or rolled up to their top-level code (a theme and everything below it). */
    public enum Rows {
        CODES, THEMES;

        public static Rows parse(String text) {
            return Measure.parseEnum(Rows.class, text, "matrix.error.rows");
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Coded segments, distinct sources, or words inside the coded segments. */
    public enum Measure {
        SEGMENTS, SOURCES, WORDS;

        public static Measure parse(String text) {
            return parseEnum(Measure.class, text, "matrix.error.measure");
        }

        /** The message key naming the measure in exports. */
        public String labelKey() {
            return switch (this) {
                case SEGMENTS -> "matrix.measure.segments";
                case SOURCES -> "matrix.measure.sources";
                case WORDS -> "matrix.measure.words";
            };
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String errorKey) {
            try {
                return Enum.valueOf(type, (text == null ? "" : text.strip()).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UserException(errorKey, text);
            }
        }
    }
}
