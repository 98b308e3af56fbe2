package org.tematik.core.source.importer.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a document page by page with PDFBox's {@link PDFTextStripper} in content-stream order
 * (sortByPosition off: it keeps columns apart where sorting by position would merge them line by line),
 * and hands each page's lines to a {@link PageSink} as small {@link TextLine}s: no {@code TextPosition}
 * outlives its page. PDFBox still does the hard parts: glyph to Unicode, ligatures, Arabic presentation
 * forms, right-to-left words, word spacing.
 *
 * <p>A line that PDFBox joined across a wide horizontal gap (more than {@value #GAP_EMS} em) is split
 * there: the pieces are table cells, or the two halves of a two-column page drawn line by line, which
 * {@link PageAssembler} puts back in column order.
 */
final class LineCollector extends PDFTextStripper {
    static final float GAP_EMS = 2.0f;

    /**
     * What the collector found on one page; {@code page} is null for a page without content stream,
     * {@code failure} is set when PDFBox could not read the page.
     */
    interface PageSink {
        void page(int number, PDPage page, List<TextLine> lines, Exception failure);
    }

    private record Word(String text, float x0, float x1, float top, float baseline, float em, boolean bold, boolean rtl) {
    }

    private static final int RECENT = 64; // a power of two
    private static final int BUCKETS = 128; // a power of two
    private final char[] recentChar = new char[RECENT];
    private final float[] recentX = new float[RECENT];
    private final float[] recentY = new float[RECENT];
    private final String[] recentText = new String[RECENT];
    /** By slot: the number of the glyph before it in the same bucket (its first char modulo BUCKETS). */
    private final int[] recentPrevious = new int[RECENT];
    /** By bucket: the number of the last glyph kept in it; glyphs are numbered from 1, 0 is none. */
    private final int[] lastInBucket = new int[BUCKETS];
    /** Glyphs kept so far (glyph k is in slot (k - 1) mod RECENT), and how many of them before this page. */
    private int glyphs;
    private int glyphsBeforePage;
    private final List<Word> words = new ArrayList<>();
    private final List<TextLine> lines = new ArrayList<>();
    private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();
    private PageSink sink;
    private int seq;

    private int lastPage;
    private int from = 1;
    private int to = Integer.MAX_VALUE;

    LineCollector() {
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(false); // PDFBox's own check is slow and drops real letters: see processTextPosition
        setAddMoreFormatting(false);
    }

    void read(PDDocument document, PageSink pageSink) throws IOException {
        read(document, 1, Integer.MAX_VALUE, pageSink);
    }

    /**
     * Pages {@code first} to {@code last} (counted from 1; {@code Integer.MAX_VALUE}: to the end), in
     * order, each handed to {@code pageSink} exactly once, so ranges read one after another (or by
     * separate collectors over separate {@code PDDocument}s of the same file) give what one reading of
     * the whole document gives.
     */
    void read(PDDocument document, int first, int last, PageSink pageSink) throws IOException {
        this.sink = pageSink;
        this.from = Math.max(1, first);
        this.to = last;
        writeText(document, Writer.nullWriter());
    }

    /** PDFBox skips pages without a content stream; they are handed over too, empty, to keep the numbering. */
    @Override
    protected void processPages(PDPageTree pages) throws IOException {
        lastPage = from - 1;
        super.processPages(pages);
        int total = Math.min(to, Math.max(lastPage, pages.getCount()));
        while (lastPage < total) {
            sink.page(++lastPage, null, List.of(), null);
        }
    }

    /** One page; a page PDFBox cannot read is reported and the next one is read all the same. */
    @Override
    public void processPage(PDPage page) throws IOException {
        int number = getCurrentPageNo();
        if (number < from || number > to) {
            return; // another range's page
        }
        while (lastPage + 1 < number) {
            sink.page(++lastPage, null, List.of(), null);
        }
        words.clear();
        lines.clear();
        seq = 0;
        if (glyphs > (1 << 30)) {
            glyphs = 0;
            java.util.Arrays.fill(lastInBucket, 0);
        }
        glyphsBeforePage = glyphs;
        Exception failure = null;
        try {
            super.processPage(page);
            endLine();
        } catch (IOException | RuntimeException e) {
            failure = e;
        }
        lastPage = number;
        sink.page(number, page, List.copyOf(lines), failure);
        boldFonts.clear();
    }

    /**
     * Fake bold draws each glyph, or each word, again a fraction of a point further on: such a glyph
     * is dropped when the same character stands within a third of its width among the last
     * {@value #RECENT} glyphs of the page (PDFBox's own check looks at the whole page through tree maps,
     * and takes a third of the reading time). The recent glyphs are chained by character, so a glyph is
     * only compared with those of the same character.
     */
    @Override
    protected void processTextPosition(TextPosition text) {
        String unicode = text.getUnicode();
        if (unicode == null || unicode.isEmpty()) {
            super.processTextPosition(text);
            return;
        }
        char c = unicode.charAt(0);
        float x = text.getX();
        float y = text.getY();
        float tolerance = Float.NaN; // worked out at the first glyph of the same character
        int oldest = Math.max(glyphsBeforePage, glyphs - RECENT); // glyphs after this one are the window
        int bucket = c & (BUCKETS - 1);
        for (int k = lastInBucket[bucket]; k > oldest; k = recentPrevious[(k - 1) & (RECENT - 1)]) {
            int i = (k - 1) & (RECENT - 1);
            if (recentChar[i] != c) {
                continue;
            }
            if (Float.isNaN(tolerance)) {
                tolerance = text.getWidth() / unicode.length() / 3f;
            }
            if (Math.abs(recentX[i] - x) < tolerance && Math.abs(recentY[i] - y) < tolerance && unicode.equals(recentText[i])) {
                return;
            }
        }
        int slot = glyphs++ & (RECENT - 1);
        recentChar[slot] = c;
        recentX[slot] = x;
        recentY[slot] = y;
        recentText[slot] = unicode;
        recentPrevious[slot] = lastInBucket[bucket];
        lastInBucket[bucket] = glyphs;
        super.processTextPosition(text);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (positions.isEmpty() || text.isEmpty()) {
            return;
        }
        String clean = clean(text);
        if (clean.isBlank()) {
            return;
        }
        float x0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float baseline = 0;
        float em = 0;
        float biggest = -1;
        int bold = 0;
        for (TextPosition tp : positions) {
            float x = tp.getXDirAdj();
            x0 = Math.min(x0, x);
            x1 = Math.max(x1, x + tp.getWidthDirAdj());
            float size = size(tp);
            top = Math.min(top, tp.getYDirAdj() - Math.max(tp.getHeightDir(), size * 0.7f));
            if (size > biggest) { // superscripts and subscripts do not move the line's baseline
                biggest = size;
                baseline = tp.getYDirAdj();
            }
            em += size;
            bold += isBold(tp.getFont()) ? 1 : 0;
        }
        words.add(new Word(clean, x0, x1, top, baseline, em / positions.size(), bold * 2 > positions.size(), isRightToLeft(clean)));
    }

    @Override
    protected void writeWordSeparator() {
        // words are kept apart in the list and joined when the line ends
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void writeParagraphStart() {
        // paragraphs are found by PageAssembler from the geometry of the lines
    }

    @Override
    protected void writeParagraphEnd() {
        // see writeParagraphStart
    }

    @Override
    protected void writeParagraphSeparator() {
        // see writeParagraphStart
    }

    @Override
    protected void writePageStart() {
        // pages are handed over by processPages
    }

    @Override
    protected void writePageEnd() {
        // see writePageStart
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
        return new TextLine(text.toString().strip(), x0, x1, top, main.baseline, em / Math.max(1, chars), boldChars * 2 > chars, seq++);
    }

    /**
     * PDFBox turns each right-to-left word around, but leaves a run of such words in the order they
     * stand on the page (left to right); reading order is the other way round.
     */
    private static List<Word> inLogicalOrder(List<Word> piece) {
        if (piece.stream().noneMatch(Word::rtl)) {
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
            java.util.Collections.reverse(out.subList(i, j + 1));
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
        return s.codePoints().noneMatch(Character::isLetter);
    }

    /** Control characters (tabs, stray NULs from fonts without a Unicode map) become spaces. */
    private static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
                if (b == null) {
                    b = new StringBuilder(s);
                }
                b.setCharAt(i, ' ');
            }
        }
        return b == null ? s : b.toString();
    }

    /** The font size in points on the page (font size times text and page scaling). */
    private static float size(TextPosition tp) {
        float y = Math.abs(tp.getYScale());
        if (y > 0.5f) {
            return y;
        }
        return Math.max(1f, tp.getHeightDir() / 0.7f);
    }

    private boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        return boldFonts.computeIfAbsent(font, f -> {
            PDFontDescriptor d = f.getFontDescriptor();
            if (d != null && (d.isForceBold() || d.getFontWeight() >= 700)) {
                return true;
            }
            String name = f.getName();
            return name != null && name.toLowerCase(Locale.ROOT).contains("bold");
        });
    }
}
