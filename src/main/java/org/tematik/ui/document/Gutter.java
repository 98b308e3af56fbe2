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
 * per load or change (2,000 codings over 3,000 paragraphs take a few milliseconds); the viewer asks
 * only for the paragraphs on screen.
 */
public final class Gutter {
    /** One code's stripe in one paragraph: its codings there (in UTF-16 indexes of the displayed text). */
    public record Stripe(UUID codeId, String codeName, String color, List<CodingView> codings, int start16, int end16) {
    }

    public static final Gutter EMPTY = new Gutter(new int[] {0}, new int[] {0}, List.of(List.of()));

    private final int[] lineStarts;
    private final int[] pages;
    private final List<List<Stripe>> stripes;

    private Gutter(int[] lineStarts, int[] pages, List<List<Stripe>> stripes) {
        this.lineStarts = lineStarts;
        this.pages = pages;
        this.stripes = stripes;
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
        List<Map<UUID, List<CodingView>>> byLine = new ArrayList<>(starts.length);
        for (int i = 0; i < starts.length; i++) {
            byLine.add(null);
        }
        List<CodingView> ordered = new ArrayList<>(codings);
        ordered.sort(Comparator.comparingInt((CodingView c) -> c.coding().start()).thenComparing(c -> c.codeName()));
        for (CodingView c : ordered) {
            int first = lineOf(starts, text.toUtf16(c.coding().start()));
            int last = lineOf(starts, Math.max(text.toUtf16(c.coding().start()), text.toUtf16(c.coding().end()) - 1));
            for (int line = first; line <= last; line++) {
                if (byLine.get(line) == null) {
                    byLine.set(line, new LinkedHashMap<>());
                }
                byLine.get(line).computeIfAbsent(c.coding().codeId(), k -> new ArrayList<>()).add(c);
            }
        }
        List<List<Stripe>> stripes = new ArrayList<>(starts.length);
        for (Map<UUID, List<CodingView>> line : byLine) {
            stripes.add(line == null ? List.of() : line.values().stream().map(list -> stripe(text, list)).toList());
        }
        return new Gutter(starts, pages, stripes);
    }

    private static Stripe stripe(CodePoints text, List<CodingView> list) {
        CodingView first = list.get(0);
        int start = list.stream().mapToInt(c -> c.coding().start()).min().orElse(0);
        int end = list.stream().mapToInt(c -> c.coding().end()).max().orElse(0);
        return new Stripe(first.coding().codeId(), first.codeName(), first.codeColor(), List.copyOf(list),
                text.toUtf16(start), text.toUtf16(end));
    }

    public int paragraphs() {
        return lineStarts.length;
    }

    /** The stripes beside displayed paragraph {@code line} (from 0), in the order their codings start. */
    public List<Stripe> stripes(int line) {
        return line >= 0 && line < stripes.size() ? stripes.get(line) : List.of();
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
