package org.tematik.core.source.importer.pdf;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The glyphs of one page in content-stream order, in flat arrays that are reused page after page: a
 * 2,000-page file would otherwise make millions of PDFBox {@code TextPosition}s (each with two matrices
 * and an array) only to read a few numbers from each. The figures are the ones {@code TextPosition} gives:
 * {@code x}, {@code y}, {@code width} adjusted for the page's rotation; the {@code Dir} ones for the
 * direction of the text; {@code y} is from the top of the page.
 *
 * <p>A diacritic drawn as a glyph of its own over the letter before or after it is merged into that
 * letter, as PDFBox's text stripper does: "e" and a separate "´" become "é" (NFC later).
 */
final class PageGlyphs {
    int size;
    String[] text = new String[1024];
    float[] x = new float[1024];
    float[] y = new float[1024];
    float[] width = new float[1024];
    float[] height = new float[1024];
    float[] xDir = new float[1024];
    float[] yDir = new float[1024];
    float[] widthDir = new float[1024];
    /** How far the glyph moves the pen (PDFBox's individual width), which can differ from its width. */
    float[] advance = new float[1024];
    float[] scaleY = new float[1024];
    float[] spaceWidth = new float[1024];
    float[] fontSize = new float[1024];
    PDFont[] font = new PDFont[1024];
    /** Whether the glyph's font is a bold face. */
    boolean[] bold = new boolean[1024];
    /** The advance of each character of a glyph that had diacritics merged into it; null for one ({@link #advance}). */
    float[][] charWidths = new float[1024][];

    void clear() {
        Arrays.fill(font, 0, size, null);
        Arrays.fill(text, 0, size, null);
        Arrays.fill(charWidths, 0, size, null);
        size = 0;
    }

    /** How many characters PDFBox counts for the glyph when it averages character widths. */
    int chars(int i) {
        return charWidths[i] == null ? 1 : charWidths[i].length;
    }

    /** Adds a glyph, or merges it with the one before when one of the two is a diacritic over the other. */
    void add(String unicode, float gx, float gy, float gWidth, float gHeight, float gxDir, float gyDir, float gWidthDir,
             float individualWidth, float gScaleY, float gSpace, float gFontSize, PDFont gFont, boolean gBold) {
        String diacritic = null; // the glyph before, an accent over this one: it goes into this glyph instead
        float diacriticX = 0;
        float diacriticWidth = 0;
        if (size > 0) {
            int last = size - 1;
            if (isDiacritic(unicode) && contains(last, gxDir, gWidthDir, gyDir, gHeight)) {
                mergeDiacritic(last, unicode, gxDir, individualWidth);
                return;
            }
            if (isDiacritic(text[last]) && containsOther(gxDir, gWidthDir, gyDir, gHeight, last)) {
                diacritic = text[last];
                diacriticX = xDir[last];
                diacriticWidth = individualWidth(last);
                size--;
            }
        }
        put(unicode, gx, gy, gWidth, gHeight, gxDir, gyDir, gWidthDir, individualWidth, gScaleY, gSpace, gFontSize, gFont, gBold);
        if (diacritic != null) {
            mergeDiacritic(size - 1, diacritic, diacriticX, diacriticWidth);
        }
    }

    private void put(String unicode, float gx, float gy, float gWidth, float gHeight, float gxDir, float gyDir, float gWidthDir,
                     float individualWidth, float gScaleY, float gSpace, float gFontSize, PDFont gFont, boolean gBold) {
        if (size == text.length) {
            grow();
        }
        int i = size++;
        text[i] = unicode;
        x[i] = gx;
        y[i] = gy;
        width[i] = gWidth;
        height[i] = gHeight;
        xDir[i] = gxDir;
        yDir[i] = gyDir;
        widthDir[i] = gWidthDir;
        scaleY[i] = gScaleY;
        spaceWidth[i] = gSpace;
        fontSize[i] = gFontSize;
        font[i] = gFont;
        bold[i] = gBold;
        advance[i] = individualWidth;
        charWidths[i] = null;
    }

    private float individualWidth(int i) {
        return charWidths[i] == null ? advance[i] : charWidths[i][0];
    }

    private void grow() {
        int n = text.length * 2;
        text = Arrays.copyOf(text, n);
        x = Arrays.copyOf(x, n);
        y = Arrays.copyOf(y, n);
        width = Arrays.copyOf(width, n);
        height = Arrays.copyOf(height, n);
        xDir = Arrays.copyOf(xDir, n);
        yDir = Arrays.copyOf(yDir, n);
        widthDir = Arrays.copyOf(widthDir, n);
        advance = Arrays.copyOf(advance, n);
        scaleY = Arrays.copyOf(scaleY, n);
        spaceWidth = Arrays.copyOf(spaceWidth, n);
        fontSize = Arrays.copyOf(fontSize, n);
        font = Arrays.copyOf(font, n);
        bold = Arrays.copyOf(bold, n);
        charWidths = Arrays.copyOf(charWidths, n);
    }

    /** PDFBox's {@code TextPosition.isDiacritic}. */
    static boolean isDiacritic(String s) {
        if (s.length() != 1) {
            return false;
        }
        char c = s.charAt(0);
        if (c < 0x80) { // the common case, answered without the Unicode tables
            return c == '^' || c == '`';
        }
        if (c == 'ー') {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.MODIFIER_SYMBOL || type == Character.MODIFIER_LETTER;
    }

    /** PDFBox's {@code TextPosition.contains}: whether glyph {@code i} covers the other (enough to carry its accent). */
    private boolean contains(int i, float otherX, float otherWidth, float otherY, float otherHeight) {
        return covers(xDir[i], widthDir[i], yDir[i], height[i], otherX, otherWidth, otherY, otherHeight);
    }

    /** The same test the other way round: the new glyph covers glyph {@code i}. */
    private boolean containsOther(float thisX, float thisWidth, float thisY, float thisHeight, int i) {
        return covers(thisX, thisWidth, thisY, thisHeight, xDir[i], widthDir[i], yDir[i], height[i]);
    }

    private static boolean covers(double thisXstart, double thisWidth, double thisYstart, double thisHeight,
                                  double otherXstart, double otherWidth, double otherYstart, double otherHeight) {
        double thisXend = thisXstart + thisWidth;
        double otherXend = otherXstart + otherWidth;
        if (otherXend <= thisXstart || otherXstart >= thisXend) {
            return false;
        }
        if (otherYstart + otherHeight < thisYstart || otherYstart > thisYstart + thisHeight) {
            return false;
        }
        if (otherXstart > thisXstart && otherXend > thisXend) {
            return (thisXend - otherXstart) / thisWidth > .15;
        }
        if (otherXstart < thisXstart && otherXend < thisXend) {
            return (otherXend - thisXstart) / thisWidth > .15;
        }
        return true;
    }

    /** PDFBox's {@code TextPosition.mergeDiacritic}: puts the accent after the character it stands over. */
    private void mergeDiacritic(int i, String diacritic, float diacriticX, float diacriticWidth) {
        if (diacritic.length() > 1) {
            return;
        }
        float[] widths = charWidths[i] == null ? new float[] {advance[i]} : charWidths[i];
        String unicode = text[i];
        float diacXEnd = diacriticX + diacriticWidth;
        float charStart = xDir[i];
        for (int k = 0; k < unicode.length(); k++) {
            if (k >= widths.length) {
                return; // an accent on a ligature: PDFBox leaves it out too (PDFBOX-2831)
            }
            float charEnd = charStart + widths[k];
            int at = -1;
            if (diacriticX < charStart && diacXEnd <= charEnd) {
                at = k == 0 || (diacXEnd - charStart) / widths[k] >= (charStart - diacriticX) / widths[k - 1] ? k : k - 1;
            } else if (diacriticX < charStart || diacXEnd <= charEnd || k == unicode.length() - 1) {
                at = k;
            }
            if (at >= 0) {
                insertDiacritic(i, widths, at, diacritic);
                return;
            }
            charStart += widths[k];
        }
    }

    private void insertDiacritic(int i, float[] widths, int at, String diacritic) {
        String unicode = text[i];
        float[] merged = new float[widths.length + 1];
        System.arraycopy(widths, 0, merged, 0, at + 1);
        System.arraycopy(widths, at + 1, merged, at + 2, widths.length - at - 1);
        int after = at + 1;
        if (after < unicode.length() && Character.isSurrogatePair(unicode.charAt(at), unicode.charAt(after))) {
            after++;
        }
        text[i] = unicode.substring(0, after) + combining(diacritic) + unicode.substring(after);
        charWidths[i] = merged;
    }

    /** Spacing accents ("´", "^") as the combining marks they stand for; others by NFKC, as PDFBox does. */
    private static String combining(String diacritic) {
        String mark = SPACING_TO_COMBINING.get(diacritic.codePointAt(0));
        return mark != null ? mark : Normalizer.normalize(diacritic, Normalizer.Form.NFKC).trim();
    }

    /** PDFBox's table of accents that NFKC does not turn into combining marks. */
    private static final Map<Integer, String> SPACING_TO_COMBINING = Map.ofEntries(
            Map.entry(0x0060, "\u0300"), Map.entry(0x02CB, "\u0300"), Map.entry(0x0027, "\u0301"),
            Map.entry(0x02B9, "\u0301"), Map.entry(0x02CA, "\u0301"), Map.entry(0x005e, "\u0302"),
            Map.entry(0x02C6, "\u0302"), Map.entry(0x007E, "\u0303"), Map.entry(0x02C9, "\u0304"),
            Map.entry(0x00B0, "\u030A"), Map.entry(0x02BA, "\u030B"), Map.entry(0x02C7, "\u030C"),
            Map.entry(0x02C8, "\u030D"), Map.entry(0x0022, "\u030E"), Map.entry(0x02BB, "\u0312"),
            Map.entry(0x02BC, "\u0313"), Map.entry(0x0486, "\u0313"), Map.entry(0x055A, "\u0313"),
            Map.entry(0x02BD, "\u0314"), Map.entry(0x0485, "\u0314"), Map.entry(0x0559, "\u0314"),
            Map.entry(0x02D4, "\u031D"), Map.entry(0x02D5, "\u031E"), Map.entry(0x02D6, "\u031F"),
            Map.entry(0x02D7, "\u0320"), Map.entry(0x02B2, "\u0321"), Map.entry(0x02CC, "\u0329"),
            Map.entry(0x02B7, "\u032B"), Map.entry(0x02CD, "\u0331"), Map.entry(0x005F, "\u0332"),
            Map.entry(0x204E, "\u0359"));
}
