package org.tematik.core.source.importer.pdf;

import java.util.Locale;

/**
 * Joins the lines of a paragraph. A word broken at a line end ("koordi-" + "nasi") is put back
 * together ("koordinasi") when the line ends in a hyphen right after a lower-case letter and the next
 * line goes on with a lower-case letter. The hyphen stays (and no space is added) when it is part of
 * the word: after a capital or a digit ("MoU-" + "nya" gives "MoU-nya", "2019-" + "2020"), in a
 * repeated word ("anak-" + "anak", "kerja-" + "kerjanya"), or before a capital ("Indonesia-" +
 * "Australia"). A soft hyphen (U+00AD) at a line end always goes. Between two CJK characters no space
 * is added; elsewhere lines are joined with one space. Hyphens inside a line are never touched.
 */
final class Hyphenation {
    private Hyphenation() {
    }

    static String join(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        StringBuilder joined = new StringBuilder(a.length() + 1 + b.length()).append(a);
        append(joined, b);
        return joined.toString();
    }

    /** {@link #join}, in place: {@code a} becomes the joined text (so a paragraph is not copied at every line). */
    static void append(StringBuilder a, String b) {
        if (a.isEmpty()) {
            a.append(b);
            return;
        }
        if (b.isEmpty()) {
            return;
        }
        int length = a.length();
        char last = a.charAt(length - 1);
        if (last == '\u00AD') {
            a.setLength(length - 1);
            a.append(b);
            return;
        }
        if (isHyphen(last) && length >= 2 && !Character.isWhitespace(a.charAt(length - 2))) {
            if (dehyphenates(a, b)) {
                a.setLength(length - 1);
            }
            a.append(b);
            return;
        }
        if (isCjk(Character.codePointBefore(a, length)) && isCjk(b.codePointAt(0))) {
            a.append(b);
            return;
        }
        a.append(' ').append(b);
    }

    /** Whether the hyphen ending {@code a} only broke a word that {@code b} completes. */
    static boolean dehyphenates(CharSequence a, String b) {
        int length = a.length();
        if (length < 3 || !isHyphen(a.charAt(length - 1)) || b.isEmpty()) {
            return false;
        }
        char before = a.charAt(length - 2);
        int first = b.codePointAt(0);
        if (!Character.isLowerCase(before) || !Character.isLowerCase(first)) {
            return false;
        }
        String fragment = lastWord(a, length - 1);
        String next = firstWord(b);
        // "anak-anak", "kerja-kerjanya" keep the hyphen
        return next.isEmpty() || !next.toLowerCase(Locale.ROOT).startsWith(fragment.toLowerCase(Locale.ROOT));
    }

    /** Whether the text ends in a hyphen attached to a word ("koordi-", "2019-"), not a free-standing dash. */
    static boolean endsInWordHyphen(String a) {
        return a.length() >= 2 && isHyphen(a.charAt(a.length() - 1)) && Character.isLetterOrDigit(a.charAt(a.length() - 2));
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010';
    }

    static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        return s.substring(0, i);
    }

    /** The letters and digits that end {@code s} before index {@code end}. */
    private static String lastWord(CharSequence s, int end) {
        int i = end;
        while (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
            i--;
        }
        return s.subSequence(i, end).toString();
    }

    private static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }
}
