package org.tematik.ui.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        List<Span> kept = new ArrayList<>(spans.size());
        for (Span s : spans) {
            int a = clamp(s.start(), textLength);
            int b = clamp(s.end(), textLength);
            if (a < b) {
                kept.add(new Span(a, b, s.color()));
            }
        }
        // indexes into kept, by start and by end (stable sorts: spans starting together keep the list's order)
        Integer[] byStart = order(kept.size());
        Arrays.sort(byStart, Comparator.comparingInt(i -> kept.get(i).start()));
        Integer[] byEnd = order(kept.size());
        Arrays.sort(byEnd, Comparator.comparingInt(i -> kept.get(i).end()));
        List<Run> runs = new ArrayList<>(2 * kept.size() + 1);
        Map<List<Integer>, List<String>> colorSets = new HashMap<>(); // runs share a few colour sets: one list each
        Set<Integer> active = new LinkedHashSet<>(); // in the order the spans began
        int s = 0;
        int e = 0;
        int at = 0;
        while (at < textLength) {
            while (e < byEnd.length && kept.get(byEnd[e]).end() <= at) {
                active.remove(byEnd[e++]);
            }
            while (s < byStart.length && kept.get(byStart[s]).start() <= at) {
                active.add(byStart[s++]);
            }
            int next = textLength;
            if (s < byStart.length) {
                next = Math.min(next, kept.get(byStart[s]).start());
            }
            if (e < byEnd.length) {
                next = Math.min(next, kept.get(byEnd[e]).end());
            }
            List<String> colors = active.isEmpty() ? List.of() : colorSets.computeIfAbsent(List.copyOf(active),
                    ids -> ids.stream().map(i -> kept.get(i).color()).toList());
            runs.add(new Run(next - at, colors));
            at = next;
        }
        return runs;
    }

    private static Integer[] order(int n) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
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
