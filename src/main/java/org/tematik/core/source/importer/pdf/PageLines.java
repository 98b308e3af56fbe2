package org.tematik.core.source.importer.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Turns a page's glyphs ({@link PageGlyphs}, in content-stream order) into {@link TextLine}s by the rules of
 * PDFBox's {@code PDFTextStripper.writePage} without sorting by position: a glyph starts a new line when its
 * height band does not overlap the line's, and a new word when it starts further on than a space (the smaller of
 * half the font's space and 0.3 of the average character width) after the last glyph. Those rules are kept as
 * they are, figure for figure, since they decide where spaces go in every quote; what is dropped is the
 * per-glyph objects PDFBox makes on the way.
 *
 * <p>A line that PDFBox would have joined across a wide horizontal gap (more than {@value #GAP_EMS} em) is
 * split there: the pieces are table cells, or the two halves of a two-column page drawn line by line, which
 * {@link PageAssembler} puts back in column order.
 */
final class PageLines {
    static final float GAP_EMS = 2.0f;
    private static final float SPACING_TOLERANCE = .5f;
    private static final float AVERAGE_CHAR_TOLERANCE = .3f;
    private static final float NONE = -Float.MAX_VALUE;

    private record Word(String text, float x0, float x1, float top, float baseline, float em, boolean bold, boolean rtl) {
    }

    /** What ends after a glyph: nothing, a word, or a line (and so its last word). */
    private static final byte GOES_ON = 0;
    private static final byte WORD_ENDS = 1;
    private static final byte LINE_ENDS = 2;

    private final List<Word> words = new ArrayList<>();
    private final StringBuilder wordText = new StringBuilder();
    private byte[] ends = new byte[1024];
    private List<TextLine> lines;
    private PageGlyphs g;

    List<TextLine> lines(PageGlyphs glyphs) {
        this.g = glyphs;
        this.lines = new ArrayList<>();
        findEnds();
        int from = 0;
        for (int i = g.size > 0 ? next(0) : -1; i >= 0; i = next(i + 1)) { // word by word, not glyph by glyph
            word(from, i + 1);
            from = i + 1;
            if (ends[i] == LINE_ENDS) {
                endLine();
            }
        }
        List<TextLine> result = lines;
        lines = null;
        g = null;
        return result;
    }

    /** The first glyph from {@code i} on after which a word or line ends; -1 when none is left. */
    private int next(int i) {
        while (i < g.size && ends[i] == GOES_ON) {
            i++;
        }
        return i < g.size ? i : -1;
    }

    /**
     * Marks where words and lines end, by PDFBox's rules. Kept apart from making the words so that this loop,
     * which runs for every glyph, stays small: the JIT compiles it soon and quickly in a JVM's first long PDF.
     */
    private void findEnds() {
        if (ends.length < g.size) {
            ends = new byte[Math.max(g.size, ends.length * 2)];
        }
        float maxYForLine = NONE;
        float maxHeightForLine = -1;
        float endOfLastTextX = -1;
        float lastWordSpacing = -1;
        float previousAveCharWidth = -1;
        int last = -1;
        for (int i = 0; i < g.size; i++) {
            if (last >= 0 && fontOrSizeChanged(i, last)) {
                previousAveCharWidth = -1;
            }
            float x = g.x[i];
            float y = g.y[i];
            float width = g.width[i];
            float height = g.height[i];
            float wordSpacing = g.spaceWidth[i];
            float deltaSpace;
            if (Float.compare(wordSpacing, 0) == 0 || Float.isNaN(wordSpacing)) {
                deltaSpace = Float.MAX_VALUE;
            } else {
                deltaSpace = (lastWordSpacing < 0 ? wordSpacing : (wordSpacing + lastWordSpacing) / 2f) * SPACING_TOLERANCE;
            }
            float charWidth = width / g.chars(i);
            float averageCharWidth = previousAveCharWidth < 0 ? charWidth : (previousAveCharWidth + charWidth) / 2f;
            float expectedStartOfNextWord = Float.compare(endOfLastTextX, -1) != 0
                    ? endOfLastTextX + Math.min(deltaSpace, averageCharWidth * AVERAGE_CHAR_TOLERANCE) : NONE;
            if (last >= 0) {
                if (!overlap(y, height, maxYForLine, maxHeightForLine)) {
                    ends[last] = LINE_ENDS;
                    expectedStartOfNextWord = NONE;
                    maxYForLine = NONE;
                    maxHeightForLine = -1;
                }
                if (expectedStartOfNextWord != NONE && expectedStartOfNextWord < x && !g.text[last].endsWith(" ")
                        && ends[last] == GOES_ON) {
                    ends[last] = WORD_ENDS;
                }
                if (Math.abs(x - g.x[last]) > wordSpacing + deltaSpace) { // a space or more: the font may have changed
                    maxYForLine = NONE;
                    maxHeightForLine = -1;
                }
            }
            maxYForLine = Math.max(maxYForLine, y);
            endOfLastTextX = x + width;
            maxHeightForLine = Math.max(maxHeightForLine, height);
            ends[i] = GOES_ON;
            last = i;
            lastWordSpacing = wordSpacing;
            previousAveCharWidth = averageCharWidth;
        }
        if (last >= 0) {
            ends[last] = LINE_ENDS;
        }
    }

    private boolean fontOrSizeChanged(int i, int last) {
        if (Float.compare(g.fontSize[i], g.fontSize[last]) != 0) {
            return true;
        }
        PDFont a = g.font[i];
        PDFont b = g.font[last];
        if (a == b) {
            return false;
        }
        String name = a.getName();
        return name != null ? !name.equals(b.getName()) : b.getName() != null;
    }

    /** Whether a glyph's band (y downwards, height up) overlaps the line's, as PDFBox decides it. */
    private static boolean overlap(float y1, float height1, float y2, float height2) {
        return within(y1, y2, .1f) || y2 <= y1 && y2 >= y1 - height1 || y1 <= y2 && y1 >= y2 - height2;
    }

    private static boolean within(float first, float second, float variance) {
        return second < first + variance && second > first - variance;
    }

    /** Glyphs {@code from} to {@code to} (exclusive) as one word, measured on the page. */
    private void word(int from, int to) {
        if (from >= to) {
            return;
        }
        wordText.setLength(0);
        for (int k = from; k < to; k++) {
            wordText.append(visualOrder(g.text[k]));
        }
        String text = visible(WordText.normalise(wordText.toString()));
        if (text == null) {
            return;
        }
        float x0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float baseline = 0;
        float em = 0;
        float biggest = -1;
        int boldGlyphs = 0;
        for (int k = from; k < to; k++) {
            float x = g.xDir[k];
            x0 = Math.min(x0, x);
            x1 = Math.max(x1, x + g.widthDir[k]);
            float size = size(k);
            top = Math.min(top, g.yDir[k] - Math.max(g.height[k], size * 0.7f));
            if (size > biggest) { // superscripts and subscripts do not move the line's baseline
                biggest = size;
                baseline = g.yDir[k];
            }
            em += size;
            boldGlyphs += g.bold[k] ? 1 : 0;
        }
        int n = to - from;
        words.add(new Word(text, x0, x1, top, baseline, em / n, boldGlyphs * 2 > n, isRightToLeft(text)));
    }

    /** PDFBox's {@code TextPosition.getVisuallyOrderedUnicode}: a glyph's right-to-left characters turned round. */
    private static String visualOrder(String text) {
        int length = text.length();
        if (length < 2) {
            return text;
        }
        for (int i = 0; i < length; ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            byte d = Character.getDirectionality(cp);
            if ((d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT)
                    && (i != 0 || next < length)) {
                return new StringBuilder(text).reverse().toString();
            }
            i = next;
        }
        return text;
    }

    /** The font size in points on the page (font size times text and page scaling). */
    private float size(int k) {
        float y = Math.abs(g.scaleY[k]);
        if (y > 0.5f) {
            return y;
        }
        return Math.max(1f, g.height[k] / 0.7f);
    }

    /** Splits the words of one printed line at wide gaps and turns each piece into a TextLine. */
    private void endLine() {
        if (words.isEmpty()) {
            return;
        }
        int from = 0;
        for (int i = 1; i <= words.size(); i++) {
            if (i == words.size() || wideGap(words.get(i - 1), words.get(i))) {
                lines.add(toLine(words.subList(from, i)));
                from = i;
            }
        }
        words.clear();
    }

    private static boolean wideGap(Word a, Word b) {
        float em = Math.max(1f, Math.max(a.em, b.em));
        float gap = b.x0 - a.x1;
        return gap > GAP_EMS * em || gap < -em;
    }

    private TextLine toLine(List<Word> piece) {
        StringBuilder text = new StringBuilder();
        float x0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float em = 0;
        int chars = 0;
        int boldChars = 0;
        Word main = piece.get(0);
        for (Word w : inLogicalOrder(piece)) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(w.text);
            x0 = Math.min(x0, w.x0);
            x1 = Math.max(x1, w.x1);
            top = Math.min(top, w.top);
            em += w.em * w.text.length();
            chars += w.text.length();
            boldChars += w.bold ? w.text.length() : 0;
            if (w.text.length() > main.text.length()) {
                main = w;
            }
        }
        return new TextLine(text.toString().strip(), x0, x1, top, main.baseline, em / Math.max(1, chars), boldChars * 2 > chars, lines.size());
    }

    /**
     * Each right-to-left word is already turned around, but a run of such words stands in the order they
     * are on the page (left to right); reading order is the other way round.
     */
    private static List<Word> inLogicalOrder(List<Word> piece) {
        boolean anyRtl = false;
        for (Word w : piece) {
            anyRtl |= w.rtl;
        }
        if (!anyRtl) {
            return piece;
        }
        List<Word> out = new ArrayList<>(piece);
        int i = 0;
        while (i < out.size()) {
            if (!out.get(i).rtl) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < out.size() && (out.get(j + 1).rtl || (isNeutral(out.get(j + 1).text) && j + 2 < out.size() && out.get(j + 2).rtl))) {
                j++;
            }
            Collections.reverse(out.subList(i, j + 1));
            i = j + 1;
        }
        return out;
    }

    private static boolean isRightToLeft(String s) {
        boolean rtl = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            rtl |= d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
            i += Character.charCount(cp);
        }
        return rtl;
    }

    private static boolean isNeutral(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetter(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /**
     * The text with control characters (tabs, stray NULs from fonts without a Unicode map) as spaces, or
     * null when nothing but white space is left.
     */
    private static String visible(String s) {
        StringBuilder b = null;
        boolean visible = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
                if (b == null) {
                    b = new StringBuilder(s);
                }
                b.setCharAt(i, ' ');
            } else if (!visible && !Character.isWhitespace(c)) {
                visible = true;
            }
        }
        if (!visible) {
            return null;
        }
        return b == null ? s : b.toString();
    }
}
