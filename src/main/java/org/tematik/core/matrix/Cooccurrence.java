package org.tematik.core.matrix;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Which codes appear together: {@code counts[a][b]} is how often codes a and b co-occur (overlapping
 * segments, or the same paragraph), symmetric; the diagonal holds each code's own codings.
 */
public record Cooccurrence(Mode mode, List<Code> codes, int[][] counts, List<Pair> pairs) {

    public record Code(UUID id, String path, String color) {
    }

    /** One place where two codes meet: codings a and b, in one source; the span is their union (or the paragraph). */
    public record Pair(int a, int b, UUID sourceId, String source, int start, int end, int page, int paragraph,
                       String quoteA, String quoteB) {
    }

    public enum Mode {
        /** Two coded segments share at least one code point. */
        OVERLAP,
        /** Two codes touch the same paragraph (once per paragraph). */
        PARAGRAPH;

        public static Mode parse(String text) {
            return MatrixSpec.Measure.parseEnum(Mode.class, text, "cooccurrence.error.mode");
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public List<Pair> pairsOf(int a, int b) {
        return pairs.stream().filter(p -> p.a() == a && p.b() == b || p.a() == b && p.b() == a).toList();
    }

    /** The largest count off the diagonal, for heat colours. */
    public int max() {
        int max = 0;
        for (int a = 0; a < counts.length; a++) {
            for (int b = 0; b < counts.length; b++) {
                if (a != b) {
                    max = Math.max(max, counts[a][b]);
                }
            }
        }
        return max;
    }

}
