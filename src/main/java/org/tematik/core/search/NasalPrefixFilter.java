package org.tematik.core.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Restores the initial consonant that Indonesian nasal prefixes swallow, which Lucene's
 * {@code IndonesianStemmer} does not: meng-/peng- + vowel drops k (mengoordinasikan ← koordinasi),
 * men-/pen- + vowel drops t (menulis ← tulis), mem-/pem- + vowel drops p (memukul ← pukul).
 * Without a lexicon the prefix cannot tell "mengambil" (← ambil) from "mengirim" (← kirim), so the
 * token is kept and the restored form is added at the same position; the stemmer then stems both.
 * The price is an occasional extra match (the restored "kambil" is no word, "memasak" also yields
 * "pasak"), which a researcher reading hits in context can ignore; a missed derivation cannot be seen.
 */
final class NasalPrefixFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private AttributeSource.State pending;
    private String restored;

    NasalPrefixFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (restored != null) {
            restoreState(pending);
            term.setEmpty().append(restored);
            position.setPositionIncrement(0);
            restored = null;
            pending = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        restored = restore(term.toString());
        if (restored != null) {
            pending = captureState();
        }
        return true;
    }

    /** The word with its dropped consonant put back, or null when the prefix drops none. */
    static String restore(String word) {
        if (word.length() < 6) { // prefix + vowel + at least a syllable
            return null;
        }
        String head = word.substring(0, 2);
        if (!head.equals("me") && !head.equals("pe")) {
            return null;
        }
        if (word.startsWith("ng", 2) && isVowel(word.charAt(4))) {
            return "k" + word.substring(4);
        }
        if (word.charAt(2) == 'n' && isVowel(word.charAt(3))) {
            return "t" + word.substring(3);
        }
        if (word.charAt(2) == 'm' && isVowel(word.charAt(3))) {
            return "p" + word.substring(3);
        }
        return null;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
        restored = null;
    }
}
