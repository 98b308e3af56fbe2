package org.tematik.core.anonymise;

import java.util.List;

/**
 * Where offsets go when spans of a text are replaced by texts of other lengths. {@code spans} are the
 * replaced [start, end) in old code points, sorted and not overlapping; {@code lengths} the new lengths.
 * A boundary inside a replaced span snaps outward to the whole replacement, so a coding that started
 * inside a name, or lay wholly inside one, covers the whole pseudonym and never a part of it.
 */
public final class Splice {
    /** A replaced span of the old text and the length of its replacement, in code points. */
    public record Span(int start, int end, int length) {
    }

    private final List<Span> spans;
    /** before[i]: the length change of all spans before span i; before[n]: of all spans. */
    private final int[] before;

    public Splice(List<Span> spans) {
        this.spans = List.copyOf(spans);
        this.before = new int[spans.size() + 1];
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            before[i + 1] = before[i] + s.length() - (s.end() - s.start());
        }
    }

    /** A start offset: inside a replaced span it moves to the replacement's start. */
    public int start(int offset) {
        int i = lastStartingAtOrBefore(offset, true);
        if (i >= 0 && offset < spans.get(i).end()) {
            return spans.get(i).start() + before[i];
        }
        return offset + before[i + 1];
    }

    /** An end offset (exclusive): inside a replaced span, or at its end, it moves to the replacement's end. */
    public int end(int offset) {
        int i = lastStartingAtOrBefore(offset, false);
        if (i >= 0 && offset <= spans.get(i).end()) {
            Span s = spans.get(i);
            return s.start() + before[i] + s.length();
        }
        return offset + before[i + 1];
    }

    /** The last span starting at or before {@code offset} (strictly before unless {@code inclusive}); -1 if none. */
    private int lastStartingAtOrBefore(int offset, boolean inclusive) {
        int lo = 0;
        int hi = spans.size() - 1;
        int found = -1;
        while (lo <= hi) { // binary search: a long transcript has tens of thousands of names and paragraphs
            int mid = (lo + hi) >>> 1;
            int start = spans.get(mid).start();
            if (start < offset || inclusive && start == offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The same replacements seen from the new text, with the old lengths: undoing them. */
    public Splice inverse() {
        List<Span> back = new java.util.ArrayList<>(spans.size());
        int shift = 0;
        for (Span s : spans) {
            back.add(new Span(s.start() + shift, s.start() + shift + s.length(), s.end() - s.start()));
            shift += s.length() - (s.end() - s.start());
        }
        return new Splice(back);
    }

    public List<Span> spans() {
        return spans;
    }
}
