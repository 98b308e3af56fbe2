package org.tematik.core.source.importer.docx;

import java.util.Locale;

/**
 * Numbers footnotes or endnotes as Word shows them: in the order of their references, in the number
 * format of settings.xml (Word's defaults: 1, 2, 3 for footnotes and i, ii, iii for endnotes).
 */
public final class NoteLabels {
    private final String format;
    private int next;

    NoteLabels(String format, int start) {
        this.format = format;
        this.next = start;
    }

    static NoteLabels footnotes(String format, Integer start) {
        return new NoteLabels(format == null ? "decimal" : format, start == null ? 1 : start);
    }

    static NoteLabels endnotes(String format, Integer start) {
        return new NoteLabels(format == null ? "lowerRoman" : format, start == null ? 1 : start);
    }

    String next() {
        return label(next++);
    }

    private String label(int n) {
        return switch (format) {
            case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
            case "upperRoman" -> roman(n);
            case "lowerLetter" -> letters(n).toLowerCase(Locale.ROOT);
            case "upperLetter" -> letters(n);
            default -> Integer.toString(n);
        };
    }

    public static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] digits = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder b = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                b.append(digits[i]);
                rest -= values[i];
            }
        }
        return b.toString();
    }

    /** Word's letter numbering: A..Z, then AA..ZZ, AAA.. */
    static String letters(int n) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        char c = (char) ('A' + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }
}
