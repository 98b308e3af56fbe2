package org.tematik.core.matrix;

/** Counts words as runs of letters or digits, so punctuation and speaker marks are not words. */
final class Words {
    private Words() {
    }

    static int count(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean letter = Character.isLetterOrDigit(cp);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
            i += Character.charCount(cp);
        }
        return words;
    }
}
