package org.tematik.ui.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tematik.core.coding.CodingView;
import org.tematik.core.source.SourceStructure;
import org.tematik.core.util.CodePoints;

/**
 * What the margin beside each displayed paragraph (one line of the text, as the viewer splits it)
 * shows: its number, the page it starts on, and one coding stripe per code touching it. Built once
 * per load or change, on the worker: only which codings touch which paragraph is worked out then; a
 * paragraph's stripes are put together when the viewer asks, and it asks only for those on screen.
 */
public final class Gutter {
    /** One code's stripe in one paragraph: its codings there (in UTF-16 indexes of the displayed text). */
    public record Stripe(UUID codeId, String codeName, String color, List<CodingView> codings, int start16, int end16) {
    }

    public static final Gutter EMPTY = new Gutter(new int[] {0}, new int[] {0}, new CodePoints(""), List.of());

    private final int[] lineStarts;
    private final int[] pages;
    private final CodePoints text;
    private final List<List<CodingView>> codingsByLine;

    private Gutter(int[] lineStarts, int[] pages, CodePoints text, List<List<CodingView>> codingsByLine) {
        this.lineStarts = lineStarts;
        this.pages = pages;
        this.text = text;
        this.codingsByLine = codingsByLine;
    }

    public static Gutter of(CodePoints text, List<CodingView> codings, SourceStructure structure) {
        int[] starts = lineStarts(text.text());
        int[] pages = new int[starts.length];
        for (SourceStructure.Page page : structure.pages()) {
            int line = lineOf(starts, text.toUtf16(Math.min(page.start(), text.length())));
            if (pages[line] == 0) {
                pages[line] = page.number();
            }
        }
        List<List<CodingView>> byLine = new ArrayList<>(java.util.Collections.nCopies(starts.length, null));
        List<CodingView> ordered = new ArrayList<>(codings);
        ordered.sort(Comparator.comparingInt((CodingView c) -> c.coding().start()).thenComparing(CodingView::codeName));
        for (CodingView c : ordered) {
            int start16 = text.toUtf16(c.coding().start());
            int first = lineOf(starts, start16);
            int last = lineOf(starts, Math.max(start16, text.toUtf16(c.coding().end()) - 1));
            for (int line = first; line <= last; line++) {
                if (byLine.get(line) == null) {
                    byLine.set(line, new ArrayList<>(4));
                }
                byLine.get(line).add(c);
            }
        }
        return new Gutter(starts, pages, text, byLine);
    }

    private Stripe stripe(List<CodingView> list) {
        CodingView first = list.get(0);
        int start = Integer.MAX_VALUE;
        int end = 0;
        for (CodingView c : list) {
            start = Math.min(start, c.coding().start());
            end = Math.max(end, c.coding().end());
        }
        return new Stripe(first.coding().codeId(), first.codeName(), first.codeColor(), List.copyOf(list),
                text.toUtf16(start), text.toUtf16(end));
    }

    public int paragraphs() {
        return lineStarts.length;
    }

    /** The stripes beside displayed paragraph {@code line} (from 0), in the order their codings start. */
    public List<Stripe> stripes(int line) {
        List<CodingView> here = line >= 0 && line < codingsByLine.size() ? codingsByLine.get(line) : null;
        if (here == null) {
            return List.of();
        }
        Map<UUID, List<CodingView>> byCode = new LinkedHashMap<>();
        for (CodingView c : here) {
            byCode.computeIfAbsent(c.coding().codeId(), k -> new ArrayList<>(2)).add(c);
        }
        List<Stripe> stripes = new ArrayList<>(byCode.size());
        byCode.values().forEach(list -> stripes.add(stripe(list)));
        return stripes;
    }

    /** The page that begins in this paragraph, or 0. */
    public int pageStartingAt(int line) {
        return line >= 0 && line < pages.length ? pages[line] : 0;
    }

    /** The displayed paragraph holding UTF-16 index {@code index}. */
    public int paragraphAt(int index) {
        return lineOf(lineStarts, index);
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = i + 1;
        }
        return Arrays.copyOf(starts, n);
    }

    private static int lineOf(int[] starts, int index) {
        int found = Arrays.binarySearch(starts, index);
        return found >= 0 ? found : Math.max(0, -found - 2);
    }
}
