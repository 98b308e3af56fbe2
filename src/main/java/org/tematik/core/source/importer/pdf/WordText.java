package org.tematik.core.source.importer.pdf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Bidi;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * A word's text as PDFBox's text stripper gives it: presentation forms and ligatures ("ﬁ", Arabic forms
 * A and B) decomposed, and right-to-left runs, which a PDF stores in visual order, turned into logical
 * order with mirrored brackets. Text with no character from Hebrew upwards is returned as it is (no
 * {@link Bidi} object for every Latin word).
 */
final class WordText {
    /** Below this no character is right-to-left, a bidi control, or a presentation form. */
    private static final char FIRST_RTL = '\u0590';

    private WordText() {
    }

    static String normalise(String word) {
        int n = word.length();
        int i = 0;
        while (i < n && word.charAt(i) < FIRST_RTL) {
            i++;
        }
        if (i == n) {
            return word;
        }
        return inLogicalOrder(decomposePresentationForms(word));
    }

    /** PDFBox's {@code PDFTextStripper.normalizeWord} before the direction is handled. */
    private static String decomposePresentationForms(String word) {
        StringBuilder b = null;
        int p = 0;
        for (int q = 0; q < word.length(); q++) {
            char c = word.charAt(q);
            if (0xFB00 <= c && c <= 0xFDFF || 0xFE70 <= c && c <= 0xFEFF) {
                if (b == null) {
                    b = new StringBuilder(word.length() * 2);
                }
                b.append(word, p, q);
                if (c == 0xFDF2 && q > 0 && (word.charAt(q - 1) == 0x0627 || word.charAt(q - 1) == 0xFE8D)) {
                    b.append("\u0644\u0644\u0647"); // fonts that add an extra alef before the "Allah" ligature
                } else {
                    String normalised = Normalizer.normalize(word.substring(q, q + 1), Normalizer.Form.NFKC).trim();
                    if (0xFB1D <= c && normalised.length() > 1) { // decomposed Hebrew and Arabic letters come out reversed
                        normalised = new StringBuilder(normalised).reverse().toString();
                    }
                    b.append(normalised);
                }
                p = q + 1;
            }
        }
        return b == null ? word : b.append(word, p, word.length()).toString();
    }

    /** PDFBox's {@code PDFTextStripper.handleDirection}: visual order to logical order, run by run. */
    private static String inLogicalOrder(String word) {
        Bidi bidi = new Bidi(word, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        if (!bidi.isMixed() && bidi.getBaseLevel() == Bidi.DIRECTION_LEFT_TO_RIGHT) {
            return word;
        }
        int runCount = bidi.getRunCount();
        byte[] levels = new byte[runCount];
        Integer[] runs = new Integer[runCount];
        for (int i = 0; i < runCount; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            runs[i] = i;
        }
        Bidi.reorderVisually(levels, 0, runs, 0, runCount);
        StringBuilder result = new StringBuilder(word.length());
        for (int i = 0; i < runCount; i++) {
            int index = runs[i];
            int start = bidi.getRunStart(index);
            int end = bidi.getRunLimit(index);
            if ((levels[index] & 1) != 0) {
                while (--end >= start) {
                    char c = word.charAt(end);
                    result.append(Character.isMirrored(word.codePointAt(end)) ? Mirroring.MAP.getOrDefault(c, c) : c);
                }
            } else {
                result.append(word, start, end);
            }
        }
        return result.toString();
    }

    /** Unicode's bidi mirroring pairs, from the file PDFBox ships; read at the first right-to-left word. */
    private static final class Mirroring {
        static final Map<Character, Character> MAP = load();

        private static Map<Character, Character> load() {
            Map<Character, Character> map = new HashMap<>();
            try (InputStream in = org.apache.pdfbox.text.TextPosition.class.getResourceAsStream("/org/apache/pdfbox/resources/text/BidiMirroring.txt")) {
                if (in == null) {
                    return map;
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
                for (String line; (line = reader.readLine()) != null; ) {
                    int comment = line.indexOf('#');
                    String[] fields = (comment >= 0 ? line.substring(0, comment) : line).split(";");
                    if (fields.length == 2 && !fields[0].isBlank()) {
                        map.put((char) Integer.parseInt(fields[0].strip(), 16), (char) Integer.parseInt(fields[1].strip(), 16));
                    }
                }
            } catch (IOException | RuntimeException e) {
                map.clear(); // brackets in right-to-left text then stay as drawn
            }
            return map;
        }
    }
}
