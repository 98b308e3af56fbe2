package org.tematik.core.search;

import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.tematik.core.util.UserException;

/**
 * The languages search understands. Each has its own index field, so a source is stemmed by the rules
 * of its own language and a query is analysed the same way for the sources it is matched against.
 */
public enum SearchLanguage {
    INDONESIAN("id"), ENGLISH("en");

    /** The source attribute that sets a source's language; sources without it use {@link #DEFAULT}. */
    public static final String ATTRIBUTE = org.tematik.core.casebook.Attribute.LANGUAGE;
    /** Most Tematik projects are Indonesian studies. */
    public static final SearchLanguage DEFAULT = INDONESIAN;

    private final String code;

    SearchLanguage(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    String field() {
        return "text_" + code;
    }

    /** This language's analyser (also used by code suggestions, so both stem the same way). */
    public Analyzer analyzer() {
        return this == INDONESIAN ? new IndonesianSearchAnalyzer() : new EnglishAnalyzer();
    }

    public static SearchLanguage parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (SearchLanguage l : values()) {
            if (l.code.equals(v)) {
                return l;
            }
        }
        throw new UserException("search.error.language", value);
    }

    /** The language a stored attribute value names; the default when it is missing. */
    static SearchLanguage ofAttribute(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        return v.equals("en") || v.equals("english") || v.equals("inggris") ? ENGLISH : INDONESIAN;
    }
}
