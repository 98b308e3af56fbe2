package org.tematik.core.source.importer.pdf;

import java.util.Arrays;

/**
 * Fake bold draws each glyph, or each word, again a fraction of a point further on: such a glyph is a
 * repeat when the same character stands within a third of its width among the last {@value #RECENT}
 * glyphs of the page (PDFBox's own check looks at the whole page through tree maps, takes a third of the
 * reading time, and drops real doubled letters of a narrow font). The recent glyphs are kept as bits by
 * character, so a glyph is only compared with those of the same character.
 *
 * <p>Most glyphs are not even compared: a repeat stands on an earlier glyph, so it never moves on along
 * the line from the glyph drawn just before it (that one is the glyph it repeats, or comes after it).
 * Only a glyph that goes back, changes line, or follows a repeat is looked up; every glyph is remembered.
 */
final class Overprint {
    private static final int RECENT = 64; // one bit of a long per slot
    private static final int BUCKETS = 128; // a power of two
    private final char[] recentChar = new char[RECENT];
    private final float[] recentX = new float[RECENT];
    private final float[] recentY = new float[RECENT];
    private final String[] recentText = new String[RECENT];
    /** By bucket (first char modulo BUCKETS): the slots holding a glyph of this page with such a char, as bits. */
    private final long[] slotsByBucket = new long[BUCKETS];
    /** The slot the next glyph kept goes to (the oldest one's, once all are used). */
    private int next;
    /** Where the glyph before stood (NaN at the start of a page), and whether it was a repeat. */
    private float previousX = Float.NaN;
    private float previousY = Float.NaN;
    private boolean previousRepeated;

    /** A new page: nothing on it can repeat a glyph of the page before. */
    void newPage() {
        Arrays.fill(slotsByBucket, 0L);
        previousX = Float.NaN;
        previousY = Float.NaN;
        previousRepeated = false;
    }

    /**
     * Whether the glyph repeats a recent one (and is to be left out); if not, it is remembered.
     * {@code width} is the glyph's width on the page, {@code x} and {@code y} where it stands.
     */
    boolean repeats(String unicode, float x, float y, float width) {
        if (unicode.isEmpty()) {
            return false;
        }
        char c = unicode.charAt(0);
        int bucket = c & (BUCKETS - 1);
        float tolerance = width / unicode.length() / 3f;
        boolean onwards = !previousRepeated && Math.abs(y - previousY) < tolerance && x > previousX + tolerance;
        previousX = x;
        previousY = y;
        previousRepeated = !onwards && isRepeat(unicode, c, bucket, x, y, tolerance);
        if (previousRepeated) {
            return true;
        }
        int slot = next;
        next = (next + 1) & (RECENT - 1);
        slotsByBucket[recentChar[slot] & (BUCKETS - 1)] &= ~(1L << slot); // the oldest glyph leaves the window
        recentChar[slot] = c;
        recentX[slot] = x;
        recentY[slot] = y;
        recentText[slot] = unicode;
        slotsByBucket[bucket] |= 1L << slot;
        return false;
    }

    private boolean isRepeat(String unicode, char c, int bucket, float x, float y, float tolerance) {
        for (long slots = slotsByBucket[bucket]; slots != 0; slots &= slots - 1) {
            int i = Long.numberOfTrailingZeros(slots);
            if (recentChar[i] == c && Math.abs(recentX[i] - x) < tolerance && Math.abs(recentY[i] - y) < tolerance
                    && unicode.equals(recentText[i])) {
                return true;
            }
        }
        return false;
    }
}
