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

    public Splice(List<Span> spans) {
        this.spans = List.copyOf(spans);
    }

    /** A start offset: inside a replaced span it moves to the replacement's start. */
    public int start(int offset) {
        int shift = 0;
        for (Span s : spans) {
            if (offset < s.start()) {
                break;
            }
            if (offset < s.end()) {
                return s.start() + shift;
            }
            shift += s.length() - (s.end() - s.start());
        }
        return offset + shift;
    }

    /** An end offset (exclusive): inside a replaced span, or at its end, it moves to the replacement's end. */
    public int end(int offset) {
        int shift = 0;
        for (Span s : spans) {
            if (offset <= s.start()) {
                break;
            }
            if (offset <= s.end()) {
                return s.start() + shift + s.length();
            }
            shift += s.length() - (s.end() - s.start());
        }
        return offset + shift;
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
