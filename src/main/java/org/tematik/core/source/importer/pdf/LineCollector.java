package org.tematik.core.source.importer.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequenceWithProperties;
import org.apache.pdfbox.contentstream.operator.markedcontent.EndMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.contentstream.operator.text.BeginText;
import org.apache.pdfbox.contentstream.operator.text.EndText;
import org.apache.pdfbox.contentstream.operator.text.MoveText;
import org.apache.pdfbox.contentstream.operator.text.MoveTextSetLeading;
import org.apache.pdfbox.contentstream.operator.text.NextLine;
import org.apache.pdfbox.contentstream.operator.text.SetCharSpacing;
import org.apache.pdfbox.contentstream.operator.text.SetFontAndSize;
import org.apache.pdfbox.contentstream.operator.text.SetTextHorizontalScaling;
import org.apache.pdfbox.contentstream.operator.text.SetTextLeading;
import org.apache.pdfbox.contentstream.operator.text.SetTextRenderingMode;
import org.apache.pdfbox.contentstream.operator.text.SetTextRise;
import org.apache.pdfbox.contentstream.operator.text.SetWordSpacing;
import org.apache.pdfbox.contentstream.operator.text.ShowText;
import org.apache.pdfbox.contentstream.operator.text.ShowTextAdjusted;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLine;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLineAndSpace;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Reads a document page by page with PDFBox's content-stream engine, in content-stream order (sorting by
 * position would merge columns line by line), and hands each page's lines to a {@link PageSink} as small
 * {@link TextLine}s. PDFBox still does the hard parts: parsing, fonts, glyph to Unicode (with its extra
 * glyph list), form XObjects, marked content's ActualText.
 *
 * <p>What PDFBox's {@code PDFTextStripper} would do next is done here with the same figures but without
 * its per-glyph objects: the position, size and space width of each glyph as its {@code TextPosition} gives
 * them (page rotation and crop box included) go into flat arrays ({@link PageGlyphs}); its line and word
 * rules are applied in {@link PageLines}. That takes about half off reading a long PDF, and more in a JVM
 * that has not read one before (less code to compile). Not carried over: article threads (beads), which
 * only reorder text on pages that define them.
 */
final class LineCollector extends PDFStreamEngine {

    /**
     * What the collector found on one page; {@code page} is null for a page the page tree counts but
     * could not give, {@code failure} is set when PDFBox could not read the page.
     */
    interface PageSink {
        void page(int number, PDPage page, List<TextLine> lines, Exception failure);
    }

    /** Adobe's glyph list plus PDFBox's additions, as PDFBox's text stripper uses them. */
    private static final GlyphList GLYPH_LIST = loadGlyphList();

    private final PageGlyphs glyphs = new PageGlyphs();
    private final Overprint overprint = new Overprint();
    /**
     * By font dictionary, not by {@code PDFont}: PDFBox keeps its fonts (with their parsed programs) in a soft
     * cache, and a file with a subset font per page must not have them all held here.
     */
    private final Map<COSDictionary, FontFacts> fonts = new IdentityHashMap<>();
    private final PageLines pageLines = new PageLines();
    private final Deque<PDMarkedContent> markedContents = new ArrayDeque<>();
    /** ActualText of the marked content being read: given to its first glyph, the others are left empty. */
    private String actualText;
    private boolean firstActualGlyph;

    private int rotation;
    private float pageWidth;
    private float pageHeight;
    private float cropX;
    private float cropY;

    LineCollector() {
        addOperator(new BeginText(this));
        addOperator(new Concatenate(this));
        addOperator(new DrawObject(this));
        addOperator(new EndText(this));
        addOperator(new SetGraphicsStateParameters(this));
        addOperator(new Save(this));
        addOperator(new Restore(this));
        addOperator(new NextLine(this));
        addOperator(new SetCharSpacing(this));
        addOperator(new MoveText(this));
        addOperator(new MoveTextSetLeading(this));
        addOperator(new SetFontAndSize(this));
        addOperator(new ShowText(this));
        addOperator(new ShowTextAdjusted(this));
        addOperator(new SetTextLeading(this));
        addOperator(new SetMatrix(this));
        addOperator(new SetTextRenderingMode(this));
        addOperator(new SetTextRise(this));
        addOperator(new SetWordSpacing(this));
        addOperator(new SetTextHorizontalScaling(this));
        addOperator(new ShowTextLine(this));
        addOperator(new ShowTextLineAndSpace(this));
        addOperator(new BeginMarkedContentSequenceWithProperties(this));
        addOperator(new BeginMarkedContentSequence(this));
        addOperator(new EndMarkedContentSequence(this));
    }

    void read(PDDocument document, PageSink pageSink) throws IOException {
        read(document, 1, Integer.MAX_VALUE, pageSink);
    }

    /**
     * Pages {@code first} to {@code last} (counted from 1; {@code Integer.MAX_VALUE}: to the end), in
     * order, each handed to {@code pageSink} exactly once, so ranges read one after another (or by
     * separate collectors over separate {@code PDDocument}s of the same file) give what one reading of
     * the whole document gives. A page PDFBox cannot read is reported and the next one is read all the same.
     */
    void read(PDDocument document, int first, int last, PageSink pageSink) throws IOException {
        int from = Math.max(1, first);
        int number = 0;
        for (PDPage page : document.getPages()) {
            if (++number < from) {
                continue;
            }
            if (number > last) {
                return;
            }
            if (!page.hasContents()) {
                pageSink.page(number, page, List.of(), null);
                continue;
            }
            Exception failure = null;
            List<TextLine> lines = List.of();
            try {
                processPage(page);
                lines = pageLines.lines(glyphs);
            } catch (IOException | RuntimeException e) {
                failure = e;
            }
            pageSink.page(number, page, lines, failure);
        }
        int total = Math.min(last, document.getNumberOfPages()); // pages the tree counts but did not give
        while (number < total) {
            pageSink.page(++number, null, List.of(), null);
        }
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        glyphs.clear();
        overprint.newPage();
        markedContents.clear();
        actualText = null;
        rotation = page.getRotation();
        PDRectangle crop = page.getCropBox();
        pageWidth = crop.getWidth();
        pageHeight = crop.getHeight();
        cropX = crop.getLowerLeftX();
        cropY = crop.getLowerLeftY();
        super.processPage(page);
    }

    /**
     * A string of a simple font (one byte a code; not Type 3, whose widths go through its font matrix) is
     * read here rather than by PDFBox's {@code showText}, with the same arithmetic but widths and text looked
     * up once per code and no two matrices made per glyph. Other fonts take PDFBox's way to {@link #showGlyph}.
     */
    @Override
    protected void showText(byte[] string) throws IOException {
        PDGraphicsState state = getGraphicsState();
        PDTextState textState = state.getTextState();
        PDFont font = textState.getFont();
        if (!(font instanceof PDSimpleFont) || font instanceof PDType3Font) {
            super.showText(string);
            return;
        }
        FontFacts facts = facts(font);
        float fontSize = textState.getFontSize();
        float horizontalScaling = textState.getHorizontalScaling() / 100f;
        float charSpacing = textState.getCharacterSpacing();
        float rise = textState.getRise();
        float sx = fontSize * horizontalScaling;
        Matrix tm = state.getTextMatrix();
        Matrix ctm = state.getCurrentTransformationMatrix();
        for (byte b : string) {
            int code = b & 0xFF;
            // the text rendering matrix: [sx 0 0; 0 fontSize 0; 0 rise 1] x text matrix x CTM
            float r0x = sx * tm.getScaleX();
            float r0y = sx * tm.getShearY();
            float r1x = fontSize * tm.getShearX();
            float r1y = fontSize * tm.getScaleY();
            float r2x = rise * tm.getShearX() + tm.getTranslateX();
            float r2y = rise * tm.getScaleY() + tm.getTranslateY();
            float advance = facts.advance(font, code);
            glyph(r0x * ctm.getScaleX() + r0y * ctm.getShearX(), r0x * ctm.getShearY() + r0y * ctm.getScaleY(),
                    r1x * ctm.getScaleX() + r1y * ctm.getShearX(), r1x * ctm.getShearY() + r1y * ctm.getScaleY(),
                    r2x * ctm.getScaleX() + r2y * ctm.getShearX() + ctm.getTranslateX(),
                    r2x * ctm.getShearY() + r2y * ctm.getScaleY() + ctm.getTranslateY(),
                    font, facts, code, advance, 0);
            float wordSpacing = code == 32 ? textState.getWordSpacing() : 0;
            tm.translate((advance * fontSize + charSpacing + wordSpacing) * horizontalScaling, 0);
        }
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        float advanceX = font.isVertical() ? verticalAdvance(font, code) : displacement.getX();
        glyph(trm.getScaleX(), trm.getShearY(), trm.getShearX(), trm.getScaleY(), trm.getTranslateX(), trm.getTranslateY(),
                font, facts(font), code, advanceX, displacement.getY());
    }

    /**
     * One glyph, whose text rendering matrix is [a b 0; c d 0; e f 1], measured as PDFBox's
     * {@code LegacyPDFStreamEngine} measures it for the text stripper (deliberately not the exact glyph box:
     * the stripper's spacing rules were tuned on these figures). {@code advanceX}, {@code advanceY}: the
     * glyph's displacement in text space, without character and word spacing.
     */
    private void glyph(float a, float b, float c, float d, float e, float f, PDFont font, FontFacts facts, int code,
                       float advanceX, float advanceY) throws IOException {
        String unicode = facts.unicode(font, code);
        if (unicode == null) {
            return; // a composite font's code without a mapping: Acrobat skips it, and so does PDFBox
        }
        PDGraphicsState state = getGraphicsState();
        PDTextState textState = state.getTextState();
        Matrix ctm = state.getCurrentTransformationMatrix();
        Matrix tm = state.getTextMatrix();
        float fontSize = textState.getFontSize();
        float tx = advanceX * fontSize * (textState.getHorizontalScaling() / 100f);
        float ty = advanceY * fontSize;
        // where the next glyph would start: (tx, ty) through the text matrix, then the CTM
        float px = tx * tm.getScaleX() + ty * tm.getShearX() + tm.getTranslateX();
        float py = tx * tm.getShearY() + ty * tm.getScaleY() + tm.getTranslateY();
        float endX = px * ctm.getScaleX() + py * ctm.getShearX() + ctm.getTranslateX();
        float endY = px * ctm.getShearY() + py * ctm.getScaleY() + ctm.getTranslateY();

        float individualWidth = endX - e;
        float scaleX = b != 0 ? (float) Math.sqrt((double) a * a + (double) b * b) : a; // Matrix.getScalingFactorX
        float scaleY = c != 0 ? (float) Math.sqrt((double) c * c + (double) d * d) : d;
        float height = Math.abs(facts.height * scaleY);
        float space = Math.abs(facts.spaceWidth * scaleX);
        if (cropX != 0 || cropY != 0) { // positions from the crop box's corner
            e -= cropX;
            f -= cropY;
            endX -= cropX;
            endY -= cropY;
        }
        float x = xRot(rotation, e, f);
        float y = yRot(rotation, e, f);
        float width = widthRot(rotation, e, f, endX, endY);
        if (overprint.repeats(unicode, x, y, width)) {
            return;
        }
        if (actualText != null) {
            unicode = firstActualGlyph ? actualText : "";
            firstActualGlyph = false;
        }
        int dir = direction(a, b, c, d);
        glyphs.add(unicode, x, y, width, height, xRot(dir, e, f), yRot(dir, e, f), widthRot(dir, e, f, endX, endY),
                individualWidth, scaleY, space, fontSize, font, facts.bold);
    }

    /** {@code TextPosition.getDir}: the direction of the text from the text rendering matrix. */
    private static int direction(float a, float b, float c, float d) {
        // TextPosition names them after the matrix's getters: its "a" is getScaleY, its "d" getScaleX
        float sy = d;
        float sx = a;
        if (sy > 0 && Math.abs(b) < sx && Math.abs(c) < sy && sx > 0) {
            return 0;
        }
        if (sy < 0 && Math.abs(b) < Math.abs(sx) && Math.abs(c) < Math.abs(sy) && sx < 0) {
            return 180;
        }
        if (Math.abs(sy) < Math.abs(c) && b > 0 && c < 0 && Math.abs(sx) < b) {
            return 90;
        }
        if (Math.abs(sy) < c && b < 0 && c > 0 && Math.abs(sx) < Math.abs(b)) {
            return 270;
        }
        return 0;
    }

    private float xRot(int rot, float e, float f) {
        return switch (rot) {
            case 0 -> e;
            case 90 -> f;
            case 180 -> pageWidth - e;
            case 270 -> pageHeight - f;
            default -> 0;
        };
    }

    /** y from the top of the page, turned with the page (or the text). */
    private float yRot(int rot, float e, float f) {
        float lowerLeft = switch (rot) {
            case 0 -> f;
            case 90 -> pageWidth - e;
            case 180 -> pageHeight - f;
            case 270 -> e;
            default -> 0;
        };
        return (rot == 0 || rot == 180 ? pageHeight : pageWidth) - lowerLeft;
    }

    private static float widthRot(int rot, float e, float f, float endX, float endY) {
        return rot == 90 || rot == 270 ? Math.abs(endY - f) : Math.abs(endX - e);
    }

    /** PDFBox's width of a glyph of a vertical font, for which the displacement has none. */
    private static float verticalAdvance(PDFont font, int code) throws IOException {
        float advance = font.getWidth(code) / 1000;
        TrueTypeFont ttf = null;
        if (font instanceof PDTrueTypeFont trueType) {
            ttf = trueType.getTrueTypeFont();
        } else if (font instanceof PDType0Font type0) {
            PDCIDFont cid = type0.getDescendantFont();
            if (cid instanceof PDCIDFontType2 cid2) {
                ttf = cid2.getTrueTypeFont();
            }
        }
        if (ttf != null && ttf.getUnitsPerEm() != 1000) {
            advance *= 1000f / ttf.getUnitsPerEm();
        }
        return advance;
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        PDMarkedContent content = PDMarkedContent.create(tag, properties);
        markedContents.push(content);
        actualText = content.getActualText();
        if (actualText != null) {
            actualText = actualText.replace("\u00ad", ""); // soft hyphens, as PDFBox drops them
            firstActualGlyph = true;
        }
        super.beginMarkedContentSequence(tag, properties);
    }

    @Override
    public void endMarkedContentSequence() {
        PDMarkedContent content = markedContents.poll();
        if (content != null && content.getActualText() != null) {
            actualText = null;
        }
        super.endMarkedContentSequence();
    }

    private FontFacts facts(PDFont font) throws IOException {
        FontFacts facts = fonts.get(font.getCOSObject());
        if (facts == null) {
            facts = new FontFacts(font);
            fonts.put(font.getCOSObject(), facts);
        }
        return facts;
    }

    private static GlyphList loadGlyphList() {
        try (InputStream extra = GlyphList.class.getResourceAsStream("/org/apache/pdfbox/resources/glyphlist/additional.txt")) {
            return new GlyphList(GlyphList.getAdobeGlyphList(), extra);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is worked out once per font: PDFBox's figures for height and space, boldness, simple codes' text. */
    private static final class FontFacts {
        private static final String UNKNOWN = new String("?"); // a sentinel, compared by identity
        final float height;
        final float spaceWidth;
        final boolean bold;
        /** A simple font's text by code (one byte), looked up once each. */
        private final String[] simple;
        /** A simple font's advance by code, in text space (NaN: not looked up yet). */
        private final float[] advances;

        FontFacts(PDFont font) throws IOException {
            height = fontHeight(font);
            spaceWidth = spaceWidth(font);
            bold = isBold(font);
            if (font instanceof PDSimpleFont) {
                simple = new String[256];
                Arrays.fill(simple, UNKNOWN);
                advances = new float[256];
                Arrays.fill(advances, Float.NaN);
            } else {
                simple = null;
                advances = null;
            }
        }

        /** A simple font's displacement for the code, as {@code PDFont.getDisplacement} gives it. */
        float advance(PDFont font, int code) throws IOException {
            float advance = advances[code];
            if (Float.isNaN(advance)) {
                advance = font.getWidth(code) / 1000;
                advances[code] = advance;
            }
            return advance;
        }

        /** The glyph's text; a simple font's code without a mapping is taken as the character (as Acrobat does). */
        String unicode(PDFont font, int code) throws IOException {
            if (simple != null && code >= 0 && code < 256) {
                String known = simple[code];
                if (known == UNKNOWN) {
                    known = lookUp(font, code);
                    simple[code] = known;
                }
                return known;
            }
            return lookUp(font, code);
        }

        private static String lookUp(PDFont font, int code) throws IOException {
            String unicode = font.toUnicode(code, GLYPH_LIST);
            if (unicode == null && font instanceof PDSimpleFont) {
                return String.valueOf((char) code);
            }
            return unicode;
        }

        /** {@code LegacyPDFStreamEngine.computeFontHeight}, in text space. */
        private static float fontHeight(PDFont font) throws IOException {
            BoundingBox bbox = font.getBoundingBox();
            if (bbox.getLowerLeftY() < Short.MIN_VALUE) { // PDFBOX-2158 and PDFBOX-3130
                bbox.setLowerLeftY(-(bbox.getLowerLeftY() + 65536));
            }
            float glyphHeight = bbox.getHeight() / 2;
            PDFontDescriptor descriptor = font.getFontDescriptor();
            if (descriptor != null) {
                float capHeight = descriptor.getCapHeight();
                if (Float.compare(capHeight, 0) != 0 && (capHeight < glyphHeight || Float.compare(glyphHeight, 0) == 0)) {
                    glyphHeight = capHeight;
                }
                float ascent = descriptor.getAscent();
                float descent = descriptor.getDescent();
                if (capHeight > ascent && ascent > 0 && descent < 0
                        && ((ascent - descent) / 2 < glyphHeight || Float.compare(glyphHeight, 0) == 0)) {
                    glyphHeight = (ascent - descent) / 2;
                }
            }
            return font instanceof PDType3Font ? font.getFontMatrix().transformPoint(0, glyphHeight).y : glyphHeight / 1000;
        }

        /** The width of a space in text space, with PDFBox's fallbacks (average width, then 1). */
        private static float spaceWidth(PDFont font) {
            float toText = font instanceof PDType3Font ? font.getFontMatrix().getScaleX() : 1 / 1000f;
            float space = 0;
            try {
                space = font.getSpaceWidth() * toText;
            } catch (RuntimeException e) {
                // PDFBOX-614: as if the font had no space
            }
            if (Float.compare(space, 0) == 0) {
                space = font.getAverageFontWidth() * toText * .80f;
            }
            return Float.compare(space, 0) == 0 ? 1.0f : space;
        }

        private static boolean isBold(PDFont font) {
            PDFontDescriptor d = font.getFontDescriptor();
            if (d != null && (d.isForceBold() || d.getFontWeight() >= 700)) {
                return true;
            }
            String name = font.getName();
            return name != null && name.toLowerCase(Locale.ROOT).contains("bold");
        }
    }
}
