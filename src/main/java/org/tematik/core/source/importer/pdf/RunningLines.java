package org.tematik.core.source.importer.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds running headers and footers: lines among the {@value #BAND} top-most or bottom-most lines of a
 * page whose text, with every run of digits counted as the same, comes back at the same end of at least
 * {@value #MIN_SHARE_PERCENT} % of the pages that have text (and on 3 pages at least; pages of one or
 * two lines are not looked at). Such a line qualifies when its text is the same on every page (a title, a document number), or when one of its
 * numbers goes up with the page number ("Halaman 3 dari 40", "- 3 -", a bare "3"). A line that only
 * looks alike because digits were evened out ("Pasal 5" at the top of one page, "Pasal 9" at the top
 * of another) does not count. A running line also stands at the same height on those pages, and only
 * lines between it and the edge of the page that are running too come before it: the body text starts
 * at the first line, counted from the edge, that is not running. Running lines must moreover stand
 * apart from the body text (1.5 em or more between baselines), so a paragraph's last line "1)" or a
 * clause repeated on every page is not taken for one.
 */
final class RunningLines {
    static final int BAND = 3;
    static final int MIN_SHARE_PERCENT = 40;
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /** One page as the detector needs it. */
    record Page(int number, List<TextLine> lines) {
    }

    private record Hit(int page, TextLine line) {
    }

    /** A kind of running line: the baseline it keeps, and whether it is a page counter (text varies). */
    private record Kind(float y, boolean counter) {
    }

    private RunningLines() {
    }

    /** The lines to leave out, by identity. */
    static Set<TextLine> find(List<Page> pages) {
        List<Page> withText = pages.stream().filter(p -> p.lines().size() >= 3).toList(); // a header, a line, a footer
        if (withText.size() < 3) {
            return Set.of();
        }
        Map<String, List<Hit>> byKey = new HashMap<>();
        for (Page page : withText) {
            Set<String> seen = new HashSet<>();
            for (boolean top : new boolean[] {true, false}) {
                for (TextLine line : candidates(page.lines(), top, BAND)) {
                    String key = key(top, line);
                    if (seen.add(key)) { // a page counts once for each kind of line
                        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Hit(page.number(), line));
                    }
                }
            }
        }
        int needed = Math.max(3, (withText.size() * MIN_SHARE_PERCENT + 99) / 100);
        Map<String, Kind> running = new HashMap<>();
        byKey.forEach((key, hits) -> {
            if (hits.size() < needed) {
                return;
            }
            float[] ys = new float[hits.size()];
            for (int i = 0; i < ys.length; i++) {
                ys[i] = hits.get(i).line().baseline();
            }
            java.util.Arrays.sort(ys);
            float y = ys[ys.length / 2];
            List<Hit> inPlace = hits.stream().filter(h -> atPlace(h.line(), y)).toList();
            if (inPlace.size() >= needed && inPlace.size() * 10 >= hits.size() * 8) {
                if (sameText(inPlace)) {
                    running.put(key, new Kind(y, false));
                } else if (countsPages(inPlace)) {
                    running.put(key, new Kind(y, true));
                }
            }
        });
        Set<TextLine> out = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (running.isEmpty()) {
            return out;
        }
        for (Page page : withText) { // from each edge inwards, up to the first line that is not running
            for (boolean top : new boolean[] {true, false}) {
                List<TextLine> edge = new ArrayList<>();
                List<Kind> kinds = new ArrayList<>();
                TextLine body = null;
                int rows = 0;
                float last = Float.NaN;
                for (TextLine line : candidates(page.lines(), top, BAND + 1)) {
                    if (Float.isNaN(last) || Math.abs(line.baseline() - last) > 0.5f * line.em()) {
                        rows++;
                        last = line.baseline();
                    }
                    Kind kind = running.get(key(top, line));
                    if (rows > BAND || kind == null || !atPlace(line, kind.y())) {
                        body = line;
                        break;
                    }
                    edge.add(line);
                    kinds.add(kind);
                }
                // headers and footers stand apart from the text; a line set close to it belongs to it
                // (a paragraph's last line "1)" that happens to go with the page number, a repeated clause)
                while (!edge.isEmpty() && body != null && Math.abs(body.baseline() - edge.get(edge.size() - 1).baseline())
                        < 1.5f * Math.max(body.em(), edge.get(edge.size() - 1).em())) {
                    body = edge.remove(edge.size() - 1);
                    kinds.remove(kinds.size() - 1);
                }
                out.addAll(edge);
            }
        }
        return out;
    }

    private static String key(boolean top, TextLine line) {
        return (top ? "top|" : "bottom|") + normalise(line.text());
    }

    /** Running lines stand at the same height on every page. */
    private static boolean atPlace(TextLine line, float y) {
        return Math.abs(line.baseline() - y) <= Math.max(3f, 0.6f * line.em());
    }

    /** The top-most (or bottom-most) lines of the page: up to BAND distinct baselines. */
    private static List<TextLine> candidates(List<TextLine> lines, boolean top, int band) {
        List<TextLine> sorted = new ArrayList<>(lines);
        Comparator<TextLine> byY = Comparator.comparingDouble(TextLine::baseline);
        sorted.sort(top ? byY : byY.reversed());
        List<TextLine> out = new ArrayList<>();
        int rows = 0;
        float last = Float.NaN;
        for (TextLine line : sorted) {
            if (Float.isNaN(last) || Math.abs(line.baseline() - last) > 0.5f * line.em()) {
                if (++rows > band) {
                    break;
                }
                last = line.baseline();
            }
            out.add(line);
        }
        return out;
    }

    static String normalise(String text) {
        return NUMBER.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll("#").replaceAll("\\s+", " ");
    }

    private static boolean sameText(List<Hit> hits) {
        String first = hits.get(0).line().text().strip();
        return hits.stream().allMatch(h -> h.line().text().strip().equals(first));
    }

    /** Whether the i-th number of the line minus the page number is the same on (nearly) every page. */
    private static boolean countsPages(List<Hit> hits) {
        int slots = numbers(hits.get(0).line().text()).size();
        for (int slot = 0; slot < slots; slot++) {
            Map<Long, Integer> offsets = new HashMap<>();
            for (Hit h : hits) {
                List<Long> n = numbers(h.line().text());
                if (slot < n.size()) {
                    offsets.merge(n.get(slot) - h.page(), 1, Integer::sum);
                }
            }
            int best = offsets.values().stream().max(Integer::compare).orElse(0);
            if (best * 10 >= hits.size() * 8) {
                return true;
            }
        }
        return false;
    }

    private static List<Long> numbers(String text) {
        List<Long> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String digits = m.group();
            if (digits.length() <= 9) {
                out.add(Long.parseLong(digits));
            }
        }
        return out;
    }
}
