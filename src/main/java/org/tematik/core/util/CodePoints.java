package org.tematik.core.util;

/**
 * Converts between Unicode code-point offsets (how segments are stored, as REFI-QDA counts them)
 * and Java's UTF-16 indexes (how strings and text controls count). Texts without surrogate pairs,
 * the usual case, convert for free.
 */
public final class CodePoints {
    private final String text;
    /** UTF-16 index of each surrogate pair's high half, ascending; empty when the text has none. */
    private final int[] pairStarts;

    public CodePoints(String text) {
        this.text = text;
        this.pairStarts = findPairs(text);
    }

    public int length() {
        return text.length() - pairStarts.length;
    }

    /** UTF-16 index of code point {@code cp}; {@code cp == length()} maps to the end. */
    public int toUtf16(int cp) {
        int index = cp;
        for (int start : pairStarts) {
            if (start < index) {
                index++;
            } else {
                break;
            }
        }
        return index;
    }

    /** Code-point offset of UTF-16 index {@code i}; an index inside a pair rounds down. */
    public int toCodePoint(int utf16) {
        int pairsBefore = 0;
        for (int start : pairStarts) {
            if (start < utf16) {
                pairsBefore++;
            } else {
                break;
            }
        }
        return utf16 - pairsBefore;
    }

    public String substring(int startCp, int endCp) {
        return text.substring(toUtf16(startCp), toUtf16(endCp));
    }

    public String text() {
        return text;
    }

    public static int count(String text) {
        return text.codePointCount(0, text.length());
    }

    private static int[] findPairs(String text) {
        int n = 0;
        for (int i = 0; i < text.length() - 1; i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                n++;
                i++;
            }
        }
        int[] starts = new int[n];
        int k = 0;
        for (int i = 0; i < text.length() - 1 && k < n; i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                starts[k++] = i;
                i++;
            }
        }
        return starts;
    }
}
