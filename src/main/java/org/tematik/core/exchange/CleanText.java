package org.tematik.core.exchange;

import java.util.function.IntUnaryOperator;

/**
 * A source text without its byte-order mark and with CRLF / CR line ends made LF, plus the map from
 * code-point positions in the text as exported (CRLF counted as two, as in the file) to positions in the
 * cleaned text. A BOM is not part of the text, so it shifts nothing.
 */
record CleanText(String text, IntUnaryOperator map, boolean changed) {

    static CleanText of(String raw) {
        String t = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        if (t.indexOf('\r') < 0) {
            return new CleanText(t, IntUnaryOperator.identity(), t.length() != raw.length());
        }
        int cps = t.codePointCount(0, t.length());
        int[] newPos = new int[cps + 1];
        StringBuilder b = new StringBuilder(t.length());
        int cp = 0;
        int outCp = 0;
        for (int i = 0; i < t.length(); ) {
            int c = t.codePointAt(i);
            newPos[cp] = outCp;
            if (c == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n') {
                newPos[++cp] = outCp; // the LF of a CRLF sits where the single LF now is
                i++;
            }
            b.appendCodePoint(c == '\r' ? '\n' : c);
            outCp++;
            i += Character.charCount(c);
            cp++;
        }
        String out = b.toString();
        newPos[cps] = outCp;
        return new CleanText(out, p -> p < 0 ? p : p > cps ? p - (cps - newPos[cps]) : newPos[p], true);
    }
}
