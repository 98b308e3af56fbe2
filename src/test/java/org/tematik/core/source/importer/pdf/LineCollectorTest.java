package org.tematik.core.source.importer.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

/**
 * {@link LineCollector} measures glyphs and splits words itself instead of going through PDFBox's
 * {@code PDFTextStripper}; the words it finds must be the ones the stripper finds, on the kinds of text
 * drawing where the two could part: kerning and word gaps in TJ arrays without space glyphs, character
 * and word spacing, horizontal scaling, text rise, a turned page, a crop box away from the origin, a
 * font scaled by the CTM, an accent drawn as a glyph of its own, and an embedded Type 0 font.
 */
class LineCollectorTest {

    @Test
    void wordsAreTheOnesPdfBoxFinds() throws IOException {
        byte[] pdf = document(false);
        assertThat(ourWords(pdf)).isNotEmpty().isEqualTo(strippersWords(pdf));
    }

    @Test
    void wordsOfAnEmbeddedType0FontAreTheOnesPdfBoxFinds() throws IOException {
        assumeTrue(PdfFixtures.fontExists(PdfFixtures.DEJAVU), "DejaVu Sans is not installed");
        byte[] pdf = document(true);
        assertThat(ourWords(pdf)).contains("Çilingir", "Ñandú", "Surabaya.").isEqualTo(strippersWords(pdf));
    }

    @Test
    void anAccentDrawnOverItsLetterBecomesOneCharacter() throws IOException {
        byte[] pdf = document(false);
        assertThat(ourWords(pdf)).contains("caf\u0065\u0301", "kaf\u0065\u0301");
    }

    private static List<String> ourWords(byte[] pdf) throws IOException {
        List<String> words = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            new LineCollector().read(doc, (number, page, lines, failure) -> {
                assertThat(failure).isNull();
                lines.forEach(l -> words.addAll(Arrays.asList(l.text().split("\\s+"))));
            });
        }
        return words;
    }

    private static List<String> strippersWords(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSuppressDuplicateOverlappingText(false);
            return Arrays.stream(stripper.getText(doc).strip().split("\\s+")).toList();
        }
    }

    private static byte[] document(boolean type0) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = type0 ? PDType0Font.load(doc, PdfFixtures.DEJAVU.toFile())
                    : new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            String accented = type0 ? "Çilingir Ñandú" : "Dinas Koperasi";

            PDPage plain = new PDPage(PDRectangle.A4);
            doc.addPage(plain);
            try (PDPageContentStream cs = new PDPageContentStream(doc, plain)) {
                cs.beginText();
                cs.setFont(font, 11);
                cs.newLineAtOffset(72, 760);
                cs.showText("Rapat koordinasi " + accented + " di Surabaya.");
                cs.newLineAtOffset(0, -16); // words set apart by TJ gaps only, kerning inside words
                cs.showTextWithPositioning(new Object[] {"Pem", 40f, "erintah", -300f, "Kota", -250f, "Surabaya", 15f, "."});
                cs.newLineAtOffset(0, -16); // gaps around the thresholds of a word break
                cs.showTextWithPositioning(new Object[] {"ia", -90f, "ib", -110f, "ic", -120f, "id", -130f, "ie", -140f,
                    "if", -150f, "ig", -170f, "ih", -200f, "ii", -230f, "mm", -130f, "mn", -150f, "mo", -170f, "mp"});
                cs.newLineAtOffset(0, -16);
                cs.setCharacterSpacing(0.8f);
                cs.setWordSpacing(4f);
                cs.showText("Tata kelola dan kapasitas");
                cs.setCharacterSpacing(0);
                cs.setWordSpacing(0);
                cs.newLineAtOffset(0, -16);
                cs.setHorizontalScaling(70);
                cs.showText("Nota Kesepahaman tahun 2021");
                cs.setHorizontalScaling(100);
                cs.showText(" sampai");
                cs.setTextRise(4);
                cs.showText("2");
                cs.setTextRise(0);
                cs.showText(" akhir");
                if (!type0) { // an acute accent drawn over the "e" it belongs to
                    cs.newLineAtOffset(0, -16);
                    cs.showText("kafe caf");
                    cs.showTextWithPositioning(new Object[] {"e", 444f, "\u00B4", -100f, " di", " pojok"});
                    cs.newLineAtOffset(0, -16); // and one drawn before the letter it belongs to
                    cs.showTextWithPositioning(new Object[] {"kopi kaf", "\u00B4", 333f, "e", " manis"});
                }
                cs.endText();
                cs.saveGraphicsState();
                cs.transform(new Matrix(1.5f, 0, 0, 1.5f, 72, 500)); // the CTM scales the font
                cs.beginText();
                cs.setFont(font, 9);
                cs.showText("Skala dari matriks halaman");
                cs.endText();
                cs.restoreGraphicsState();
            }

            PDPage turned = new PDPage(PDRectangle.A4);
            turned.setRotation(90);
            turned.setCropBox(new PDRectangle(30, 40, 500, 700));
            doc.addPage(turned);
            try (PDPageContentStream cs = new PDPageContentStream(doc, turned)) {
                cs.beginText();
                cs.setFont(font, 12);
                cs.newLineAtOffset(100, 600);
                cs.showText("Halaman yang diputar");
                cs.newLineAtOffset(0, -18);
                cs.showTextWithPositioning(new Object[] {"dengan", -400f, "kotak", -400f, "potong"});
                cs.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
