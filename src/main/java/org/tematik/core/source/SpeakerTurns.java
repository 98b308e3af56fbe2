package org.tematik.core.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds speaker turns in transcripts: paragraphs that open with a label and a colon, such as
 * "Interviewer:", "Narasumber:", "P1:", "R:", optionally after a "[00:12:33]" timestamp. A label counts
 * when it is a known interview role, a participant code, or recurs at least twice; so "Date: 14 March"
 * in a header is not a speaker. A turn runs until the next labelled paragraph or heading.
 */
public final class SpeakerTurns {
    private static final Pattern LABEL = Pattern.compile(
            "^(?:\\[(\\d{1,2}:\\d{2}(?::\\d{2})?)\\]\\s*)?([\\p{L}][\\p{L}\\p{N}.'\\- ]{0,30}?)\\s*:\\s+\\S");
    private static final Pattern CODE = Pattern.compile("(?i)(?:[PRIQA]|P\\d{1,3}|R\\d{1,3}|I\\d{1,3}|informan\\s?\\d{1,3}|participant\\s?\\d{1,3})");
    private static final Set<String> ROLES = Set.of("interviewer", "interviewee", "respondent", "informant", "moderator",
            "researcher", "participant", "pewawancara", "narasumber", "informan", "responden", "peneliti", "peserta",
            "fasilitator", "facilitator");
    private static final int MAX_WORDS = 3;
    /**
     * A label, its timestamp and the colon are at the very start of a paragraph: only this many code points
     * are looked at (a long document has tens of thousands of paragraphs, mostly without a label).
     */
    private static final int LABEL_SPAN = 200;

    private SpeakerTurns() {
    }

    public static List<SourceStructure.SpeakerTurn> detect(String text, List<SourceStructure.Paragraph> paragraphs) {
        org.tematik.core.util.CodePoints cps = new org.tematik.core.util.CodePoints(text);
        List<Candidate> candidates = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        for (SourceStructure.Paragraph p : paragraphs) {
            if (!"paragraph".equals(p.kind())) {
                continue;
            }
            String opening = cps.substring(p.start(), Math.min(p.end(), p.start() + LABEL_SPAN));
            if (opening.indexOf(':') < 0) {
                continue; // no label without a colon: most paragraphs of a long document end here, before the pattern
            }
            Matcher m = LABEL.matcher(opening);
            if (m.lookingAt()) {
                String label = m.group(2).strip();
                if (label.split("\\s+").length <= MAX_WORDS) {
                    candidates.add(new Candidate(p, label, m.group(1)));
                    counts.merge(label.toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            }
        }
        List<Candidate> turns = candidates.stream().filter(c -> isSpeaker(c.label(), counts)).toList();
        List<SourceStructure.SpeakerTurn> out = new ArrayList<>();
        for (int i = 0; i < turns.size(); i++) {
            Candidate c = turns.get(i);
            int end = turnEnd(c.paragraph(), i + 1 < turns.size() ? turns.get(i + 1).paragraph() : null, paragraphs);
            out.add(new SourceStructure.SpeakerTurn(i + 1, c.label(), c.paragraph().start(), end, c.timestamp()));
        }
        return out;
    }

    private record Candidate(SourceStructure.Paragraph paragraph, String label, String timestamp) {
    }

    private static boolean isSpeaker(String label, Map<String, Integer> counts) {
        String key = label.toLowerCase(Locale.ROOT);
        String firstWord = key.split("\\s+")[0];
        return ROLES.contains(key) || ROLES.contains(firstWord) || CODE.matcher(label).matches() || counts.getOrDefault(key, 0) >= 2;
    }

    /** The turn covers the following plain paragraphs, up to the next turn or heading (numbers are list positions + 1). */
    private static int turnEnd(SourceStructure.Paragraph first, SourceStructure.Paragraph nextTurn,
                               List<SourceStructure.Paragraph> paragraphs) {
        int end = first.end();
        for (int i = first.number(); i < paragraphs.size(); i++) {
            SourceStructure.Paragraph p = paragraphs.get(i);
            if (p == nextTurn || !"paragraph".equals(p.kind())) {
                break;
            }
            end = p.end();
        }
        return end;
    }
}
