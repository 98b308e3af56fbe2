package org.tematik.core.anonymise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tematik.core.util.CodePoints;

/**
 * Finds the names of a pseudonym table in a text: whole words only (a letter, digit or mark next to a match
 * rules it out, in any script), the longest entry first where entries overlap ("Pak Budi Santoso" before
 * "Budi"), spaces inside a name matching any run of spaces or tabs but never a line break.
 */
public final class NameMatcher {
    /** A found name: [start, end) in code points of the text, and its entry's index in the table. */
    public record Match(int start, int end, int entry) {
    }

    private static final String WORD = "[\\p{L}\\p{M}\\p{N}_]";
    private final Pattern pattern;
    private final Map<String, Integer> entries = new HashMap<>();
    private final boolean ignoreCase;

    public NameMatcher(List<PseudonymEntry> table, boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
        for (int i = 0; i < table.size(); i++) {
            entries.put(key(table.get(i).original()), i);
        }
        // a regex alternation takes the first alternative that matches: longest first gives longest match
        String alternatives = table.stream().map(PseudonymEntry::original)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(NameMatcher::literal)
                .collect(Collectors.joining("|"));
        int flags = Pattern.UNICODE_CHARACTER_CLASS | (ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        this.pattern = Pattern.compile("(?<!" + WORD + ")(?:" + alternatives + ")(?!" + WORD + ")", flags);
    }

    private static String literal(String name) {
        return java.util.Arrays.stream(name.split(" ")).map(Pattern::quote).collect(Collectors.joining("[ \\t\\u00A0]+"));
    }

    private String key(String matched) {
        String spaced = matched.replaceAll("[ \\t\\u00A0]+", " ");
        return ignoreCase ? spaced.toLowerCase(Locale.ROOT) : spaced;
    }

    /** Every match in order, none overlapping. */
    public List<Match> find(CodePoints text) {
        List<Match> out = new ArrayList<>();
        Matcher m = pattern.matcher(text.text());
        while (m.find()) {
            Integer entry = entries.get(key(m.group()));
            if (entry == null) {
                // case-insensitive matching can find a spelling whose lower case differs (dotted/dotless i)
                entry = entries.get(m.group().toLowerCase(Locale.ROOT));
            }
            if (entry != null) {
                out.add(new Match(text.toCodePoint(m.start()), text.toCodePoint(m.end()), entry));
            }
        }
        return out;
    }
}
