package org.tematik.ui.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Find in the open document: every match of a phrase (ignoring case), and which one is current. */
public final class DocumentSearch {
    private final List<int[]> matches = new ArrayList<>();
    private int current = -1;

    /** Finds {@code phrase} in {@code text}; the current match becomes the first one at or after {@code from}. */
    public void find(String text, String phrase, int from) {
        matches.clear();
        current = -1;
        if (phrase == null || phrase.isBlank() || text == null) {
            return;
        }
        String hay = text.toLowerCase(Locale.ROOT);
        String needle = phrase.toLowerCase(Locale.ROOT);
        if (hay.length() != text.length() || needle.length() != phrase.length()) {
            hay = text; // lower-casing changed lengths (rare scripts): match exactly rather than at wrong offsets
            needle = phrase;
        }
        for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
            matches.add(new int[] {i, i + needle.length()});
        }
        if (!matches.isEmpty()) {
            current = 0;
            for (int i = 0; i < matches.size(); i++) {
                if (matches.get(i)[0] >= from) {
                    current = i;
                    break;
                }
            }
        }
    }

    /** Moves to the next (or, with {@code forward} false, previous) match, wrapping around. */
    public void step(boolean forward) {
        if (!matches.isEmpty()) {
            current = Math.floorMod(current + (forward ? 1 : -1), matches.size());
        }
    }

    /** The current match as {start, end} in UTF-16 indexes, or null. */
    public int[] current() {
        return current < 0 ? null : matches.get(current);
    }

    public int count() {
        return matches.size();
    }

    /** 1-based position of the current match, 0 when none. */
    public int position() {
        return current + 1;
    }
}
