package org.tematik.core.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Lucene's Indonesian chain (stop words, stemmer) with the nasal-prefix restoration of {@link NasalPrefixFilter}.
 * "sama" is taken off Lucene's stop list: it is half of "kerja sama" (cooperation), the phrase sister-city
 * studies search for most, and a stop word inside a phrase would make "kerja sama" find every "kerja".
 */
final class IndonesianSearchAnalyzer extends Analyzer {
    private static final CharArraySet STOP_WORDS = stopWords();

    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(IndonesianAnalyzer.getDefaultStopSet().size(), false);
        for (Object word : IndonesianAnalyzer.getDefaultStopSet()) { // CharArraySet cannot remove
            String w = new String((char[]) word);
            if (!w.equals("sama")) {
                words.add(w);
            }
        }
        return CharArraySet.unmodifiableSet(words);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new StopFilter(result, STOP_WORDS);
        result = new NasalPrefixFilter(result);
        result = new IndonesianStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in); // wildcard and prefix terms are lower-cased, not stemmed
    }
}
