package org.tematik.ui.document;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Cuts a text into runs where the same set of codes applies, so overlapping codings stay readable:
 * each run knows every colour on it, in the order the codings were listed.
 */
public final class HighlightRuns {

    /** Pseudo-colours for emphasis rather than coding: a speaker's name, a heading. */
    public static final String SPEAKER = "@speaker";
    public static final String HEADING = "@heading";

    /** A coded span in UTF-16 indexes of the displayed text. */
    public record Span(int start, int end, String color) {
    }

    /** {@code length} characters carrying {@code colors} (empty for uncoded text). */
    public record Run(int length, List<String> colors) {
    }

    private HighlightRuns() {
    }

    public static List<Run> compute(int textLength, List<Span> spans) {
        TreeMap<Integer, List<Span>> starts = new TreeMap<>();
        TreeMap<Integer, List<Span>> ends = new TreeMap<>();
        for (Span s : spans) {
            int a = clamp(s.start(), textLength);
            int b = clamp(s.end(), textLength);
            if (a < b) {
                Span clamped = new Span(a, b, s.color());
                starts.computeIfAbsent(a, k -> new ArrayList<>()).add(clamped);
                ends.computeIfAbsent(b, k -> new ArrayList<>()).add(clamped);
            }
        }
        TreeMap<Integer, Boolean> cuts = new TreeMap<>();
        cuts.put(0, true);
        cuts.put(textLength, true);
        starts.keySet().forEach(k -> cuts.put(k, true));
        ends.keySet().forEach(k -> cuts.put(k, true));
        List<Run> runs = new ArrayList<>();
        List<Span> active = new ArrayList<>();
        Integer previous = null;
        for (int cut : cuts.keySet()) {
            if (previous != null && cut > previous) {
                runs.add(new Run(cut - previous, active.stream().map(Span::color).toList()));
            }
            active.removeAll(ends.getOrDefault(cut, List.of()));
            active.addAll(starts.getOrDefault(cut, List.of()));
            previous = cut;
        }
        return runs;
    }

    private static int clamp(int i, int length) {
        return Math.max(0, Math.min(i, length));
    }

    /**
     * The [start, end) stretch of text where two run lists (of the same text) differ; empty (start >=
     * end) when they are the same. Runs are compared from both ends, so one new coding gives a small window.
     */
    public static int[] changedWindow(List<Run> before, List<Run> after) {
        int total = after.stream().mapToInt(Run::length).sum();
        int start = 0;
        int i = 0;
        while (i < before.size() && i < after.size() && before.get(i).equals(after.get(i))) {
            start += after.get(i).length();
            i++;
        }
        if (i == before.size() && i == after.size()) {
            return new int[] {total, total};
        }
        int end = total;
        int a = before.size() - 1;
        int b = after.size() - 1;
        while (a >= i && b >= i && before.get(a).equals(after.get(b))) {
            end -= after.get(b).length();
            a--;
            b--;
        }
        return new int[] {start, Math.max(start, end)};
    }
}
