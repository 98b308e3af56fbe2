package org.tematik.core.source.importer.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.tematik.core.source.importer.pdf.PdfFixtures.MARGIN;
import static org.tematik.core.source.importer.pdf.PdfFixtures.PITCH;
import static org.tematik.core.source.importer.pdf.PdfFixtures.SIZE;
import static org.tematik.core.source.importer.pdf.PdfFixtures.WIDTH;
import static org.tematik.core.source.importer.pdf.PdfFixtures.page;
import static org.tematik.core.source.importer.pdf.PdfFixtures.paragraph;
import static org.tematik.core.source.importer.pdf.PdfFixtures.pdf;
import static org.tematik.core.source.importer.pdf.PdfFixtures.wrap;
import static org.tematik.core.source.importer.pdf.PdfFixtures.wrapped;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.tematik.core.source.SourceStructure;
import org.tematik.core.source.TextAssembler;
import org.tematik.core.source.importer.Block;
import org.tematik.core.source.importer.ExtractedDocument;
import org.tematik.core.source.importer.ImportLimits;
import org.tematik.core.source.importer.ImportRequest;
import org.tematik.core.source.importer.pdf.PdfFixtures.Cursor;
import org.tematik.core.source.importer.pdf.PdfFixtures.Face;
import org.tematik.core.source.importer.pdf.PdfFixtures.Text;
import org.tematik.core.util.UserException;

/** Golden texts from PDFs generated with PDFBox: reading order, paragraphs, pages, protection, damage. */
class PdfImporterTest {
    private static final String P1 = "Pemerintah Kota Surabaya dan Kota Busan sepakat memperkuat kerja sama di bidang pendidikan, "
            + "kebudayaan dan pengelolaan sampah selama lima tahun ke depan.";
    private static final String P2 = "Kedua pihak membentuk kelompok kerja bersama yang bertemu paling sedikit dua kali setahun "
            + "untuk meninjau pelaksanaan program dan menyusun rencana berikutnya.";
    private static final String P3 = "Pendanaan kegiatan dibebankan pada anggaran masing-masing pihak sesuai dengan ketentuan "
            + "peraturan perundang-undangan yang berlaku di negara masing-masing.";

    static ExtractedDocument extract(byte[] pdf) {
        return extract(pdf, null);
    }

    static ExtractedDocument extract(byte[] pdf, String password) {
        return new PdfImporter().extract(new ImportRequest(Path.of("dokumen.pdf"), pdf, password, ImportLimits.DEFAULT));
    }

    static UserException failure(byte[] pdf, String password) {
        UserException e = catchThrowableOfType(UserException.class, () -> extract(pdf, password));
        assertThat(e).as("a UserException").isNotNull();
        return e;
    }

    private static List<String> texts(ExtractedDocument doc) {
        return doc.blocks().stream().map(Block::text).toList();
    }

    private static List<Integer> pages(ExtractedDocument doc) {
        return doc.blocks().stream().map(Block::page).toList();
    }

    private static List<List<Text>> threeSimplePages() {
        List<List<Text>> pages = new ArrayList<>();
        for (String[] texts : new String[][] {{P1, P2}, {P3}, {P2, P1}}) {
            List<Text> page = page();
            Cursor c = new Cursor(MARGIN + SIZE);
            for (String t : texts) {
                wrapped(page, c, t);
            }
            pages.add(page);
        }
        return pages;
    }

    @Test
    void simpleMultiPageText() {
        ExtractedDocument doc = extract(pdf(threeSimplePages()));
        assertThat(texts(doc)).containsExactly(P1, P2, P3, P2, P1);
        assertThat(pages(doc)).containsExactly(1, 1, 2, 3, 3);
        assertThat(doc.blocks()).allMatch(b -> b.kind() == Block.Kind.PARAGRAPH);
        assertThat(doc.pageCount()).isEqualTo(3);
        assertThat(doc.importer()).isEqualTo("pdf");
        assertThat(doc.detail()).matches("PDF 1\\.\\d, producer Tematik test fixtures");
        assertThat(doc.notes()).isEmpty();
    }

    @Test
    void paragraphsAreFoundByIndentAndShortLastLinesToo() {
        List<Text> page = page();
        float y = MARGIN + SIZE;
        List<String> all = new ArrayList<>();
        for (String p : List.of(P1, P2, P3)) { // no extra space between paragraphs: a first-line indent
            List<String> lines = wrap("      " + p, WIDTH - 2 * MARGIN);
            for (int i = 0; i < lines.size(); i++) {
                String line = i == 0 ? lines.get(0).strip() : lines.get(i);
                page.add(new Text(line, i == 0 ? MARGIN + 20 : MARGIN, y));
                y += PITCH;
            }
            all.add(p);
        }
        assertThat(texts(extract(pdf(List.of(page))))).containsExactlyElementsOf(all);
    }

    /** Two columns under a full-width title, the way PDFBox's sortByPosition would interleave them. */
    private static List<Text> twoColumnPage(boolean drawnLineByLine) {
        float gutter = 24;
        float colWidth = (WIDTH - 2 * MARGIN - gutter) / 2;
        float right = MARGIN + colWidth + gutter;
        List<String> left = new ArrayList<>(wrap(P1, colWidth));
        left.add("");
        left.addAll(wrap(P2, colWidth));
        List<String> rightLines = new ArrayList<>(wrap(P3, colWidth));
        rightLines.add("");
        rightLines.addAll(wrap(P1.replace("Busan", "Kitakyushu"), colWidth));
        List<Text> page = page();
        page.add(new Text("KERJA SAMA SISTER CITY SURABAYA DAN BUSAN TAHUN 2020", MARGIN, MARGIN + 16, 16, Face.HELVETICA_BOLD));
        float top = MARGIN + 50;
        int n = Math.max(left.size(), rightLines.size());
        List<Text> leftTexts = new ArrayList<>();
        List<Text> rightTexts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i < left.size() && !left.get(i).isEmpty()) {
                leftTexts.add(new Text(left.get(i), MARGIN, top + i * PITCH));
            }
            if (i < rightLines.size() && !rightLines.get(i).isEmpty()) {
                rightTexts.add(new Text(rightLines.get(i), right, top + i * PITCH));
            }
            if (drawnLineByLine) {
                page.addAll(leftTexts);
                page.addAll(rightTexts);
                leftTexts.clear();
                rightTexts.clear();
            }
        }
        page.addAll(leftTexts);
        page.addAll(rightTexts);
        return page;
    }

    @Test
    void twoColumnsComeOutColumnByColumn() throws Exception {
        List<String> expected = List.of("KERJA SAMA SISTER CITY SURABAYA DAN BUSAN TAHUN 2020", P1, P2, P3,
                P1.replace("Busan", "Kitakyushu"));
        for (boolean lineByLine : new boolean[] {false, true}) {
            byte[] bytes = pdf(List.of(twoColumnPage(lineByLine)));
            ExtractedDocument doc = extract(bytes);
            assertThat(texts(doc)).as("drawn line by line: " + lineByLine).containsExactlyElementsOf(expected);
            assertThat(doc.blocks().get(0).kind()).isEqualTo(Block.Kind.HEADING);
            try (PDDocument d = Loader.loadPDF(bytes)) { // what sorting by position would have done
                PDFTextStripper sorted = new PDFTextStripper();
                sorted.setSortByPosition(true);
                assertThat(sorted.getText(d).lines().toList().get(1)).startsWith(wrap(P1, 200).get(0).substring(0, 10))
                        .contains(wrap(P3, 200).get(0).substring(0, 10));
            }
        }
    }

    /** Forty pages: running lines, two-column pages, words hyphenated across page breaks, a blank and a scanned page. */
    private static byte[] longMixedDocument() {
        int count = 40;
        List<List<Text>> pages = new ArrayList<>();
        String[] bodies = {P1, P2, P3};
        for (int i = 1; i <= count; i++) {
            List<Text> page = i % 5 == 0 ? twoColumnPage(i % 10 == 0) : page();
            if (i == 17 || i == 23) {
                pages.add(page);
                continue;
            }
            page.add(new Text("MEMORANDUM SALING PENGERTIAN KOTA SURABAYA", MARGIN, 40, 9, Face.HELVETICA));
            if (i % 5 != 0) {
                Cursor c = new Cursor(MARGIN + SIZE);
                if (i % 7 == 4) {
                    paragraph(page, c, MARGIN, "nasi antarlembaga berjalan dengan baik pada tahun " + i + ".");
                }
                wrapped(page, c, bodies[i % 3] + " (halaman " + i + ")");
                if (i % 7 == 3) {
                    paragraph(page, c, MARGIN, "Laporan tahunan menyebutkan bahwa koordi-");
                }
            }
            page.add(new Text("- " + i + " -", WIDTH / 2 - 10, PdfFixtures.HEIGHT - 50, 9, Face.HELVETICA));
            pages.add(page);
        }
        return PdfFixtures.pdf(pages, null, List.of(22));
    }

    @Test
    void readingOnSeveralThreadsGivesWhatOneThreadGives() {
        assertThat(40 / PdfImporter.MIN_PAGES_PER_THREAD).as("pages enough for several threads").isGreaterThanOrEqualTo(4);
        byte[] whole = longMixedDocument();
        ExtractedDocument sequential = extractOn(1, whole);
        assertThat(sequential.pageCount()).isEqualTo(40);
        assertThat(texts(sequential)).contains("Laporan tahunan menyebutkan bahwa koordinasi",
                "antarlembaga berjalan dengan baik pada tahun 4.", "KERJA SAMA SISTER CITY SURABAYA DAN BUSAN TAHUN 2020");
        assertThat(texts(sequential)).noneMatch(t -> t.contains("MEMORANDUM") || t.matches("- \\d+ -"));
        assertThat(sequential.notes()).containsExactly("left out running headers and footers on 38 of 40 pages",
                "page 23: only images, no text (scanned?); OCR the PDF to include its text");
        for (int threads : new int[] {2, 3, 5}) {
            ExtractedDocument parallel = extractOn(threads, whole);
            assertThat(parallel).as(threads + " threads").isEqualTo(sequential);
            assertThat(TextAssembler.assemble(parallel)).isEqualTo(TextAssembler.assemble(sequential));
        }

        byte[] cut = Arrays.copyOf(whole, whole.length * 2 / 3); // the last pages are lost: named in the notes
        ExtractedDocument damaged = extractOn(1, cut);
        assertThat(damaged.notes()).anyMatch(n -> n.contains("could not be read"));
        assertThat(extractOn(2, cut)).isEqualTo(damaged);
        assertThat(extractOn(3, cut)).isEqualTo(damaged);
    }

    @Test
    void everyThreadOpensAnEncryptedPdfWithThePassword() {
        List<List<Text>> pages = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            pages.addAll(threeSimplePages());
        }
        byte[] locked = pdf(pages, PdfFixtures.passwords("pemilik", "rahasia", true), List.of());
        ExtractedDocument sequential = extractOn(1, locked, "rahasia");
        assertThat(sequential.pageCount()).isEqualTo(60);
        assertThat(extractOn(2, locked, "rahasia")).isEqualTo(sequential);
        assertThat(catchThrowableOfType(UserException.class, () -> extractOn(2, locked, null)).key()).isEqualTo("import.pdf.needPassword");
    }

    private static ExtractedDocument extractOn(int threads, byte[] pdf) {
        return extractOn(threads, pdf, null);
    }

    private static ExtractedDocument extractOn(int threads, byte[] pdf, String password) {
        return new PdfImporter(threads).extract(new ImportRequest(Path.of("dokumen.pdf"), pdf, password, ImportLimits.DEFAULT));
    }

    @Test
    void wordsBrokenAtLineEndsAreJoinedButRealHyphensStay() {
        List<Text> page = page();
        Cursor c = new Cursor(MARGIN + SIZE);
        paragraph(page, c, MARGIN,
                "Rapat membahas koordi-",
                "nasi antarlembaga dan isi MoU-nya yang baru. Anak-",
                "anak sekolah ikut serta dalam program Indonesia-",
                "Korea selama periode 2019-",
                "2020 bersama pemerintah kota dan masya\u00AD",
                "rakat setempat.");
        ExtractedDocument doc = extract(pdf(List.of(page)));
        assertThat(texts(doc)).containsExactly("Rapat membahas koordinasi antarlembaga dan isi MoU-nya yang baru. "
                + "Anak-anak sekolah ikut serta dalam program Indonesia-Korea selama periode 2019-2020 bersama "
                + "pemerintah kota dan masyarakat setempat.");
    }

    @Test
    void fakeBoldIsReadOnceAndDoubledLettersStay() {
        List<Text> page = page();
        String title = "Kesepakatan Bersama Pemerintah Kota Surabaya";
        for (float dx : new float[] {0, 0.3f, 0.6f}) { // fake bold: the same line drawn three times, slightly moved
            page.add(new Text(title, MARGIN + dx, 100, 14, Face.HELVETICA));
        }
        page.add(new Text("Sebanyak 2.000.000 orang, tanggal 11-11-2011, kode AAA-111.", MARGIN, 140));
        assertThat(texts(extract(pdf(List.of(page))))).containsExactly(title,
                "Sebanyak 2.000.000 orang, tanggal 11-11-2011, kode AAA-111.");
    }

    private static List<List<Text>> pagesWithRunningLines(int count) {
        List<List<Text>> pages = new ArrayList<>();
        String[] bodies = {P1, P2, P3};
        for (int i = 1; i <= count; i++) {
            List<Text> page = page();
            if (i > 1) { // the title page has no running header
                page.add(new Text("PERATURAN DAERAH KOTA SURABAYA NOMOR 5 TAHUN 2019", MARGIN, 40, 9, Face.HELVETICA));
            }
            Cursor c = new Cursor(MARGIN + SIZE);
            paragraph(page, c, MARGIN, "Pasal " + (i * 3 + 1)); // same place on every page, but not a header
            wrapped(page, c, bodies[i % 3] + " (halaman " + i + ")");
            page.add(new Text("- " + i + " -", WIDTH / 2 - 10, PdfFixtures.HEIGHT - 50, 9, Face.HELVETICA));
            page.add(new Text("Halaman " + i + " dari " + count, WIDTH - MARGIN - 80, PdfFixtures.HEIGHT - 36, 9, Face.HELVETICA));
            pages.add(page);
        }
        return pages;
    }

    @Test
    void runningHeadersAndFootersAreLeftOut() {
        ExtractedDocument doc = extract(pdf(pagesWithRunningLines(6)));
        List<String> expected = new ArrayList<>();
        String[] bodies = {P1, P2, P3};
        for (int i = 1; i <= 6; i++) {
            expected.add("Pasal " + (i * 3 + 1));
            expected.add(bodies[i % 3] + " (halaman " + i + ")");
        }
        assertThat(texts(doc)).containsExactlyElementsOf(expected);
        assertThat(doc.notes()).containsExactly("left out running headers and footers on 6 of 6 pages");
    }

    @Test
    void pagesOfBlocksAndAParagraphRunningOverAPageBreak() {
        List<Text> one = page();
        Cursor c = new Cursor(MARGIN + SIZE);
        wrapped(one, c, P1);
        paragraph(one, c, MARGIN, "Menurut laporan dinas, pelaksanaan program berjalan baik berkat koordi-");
        List<Text> two = page();
        c = new Cursor(MARGIN + SIZE);
        paragraph(two, c, MARGIN, "nasi yang erat antara kedua kota.");
        wrapped(two, c, P2);
        List<Text> three = page(); // an empty page in between keeps its number
        List<Text> four = page();
        c = new Cursor(MARGIN + SIZE);
        wrapped(four, c, P3);
        ExtractedDocument doc = extract(pdf(List.of(one, two, three, four)));
        assertThat(texts(doc)).containsExactly(P1,
                "Menurut laporan dinas, pelaksanaan program berjalan baik berkat koordinasi",
                "yang erat antara kedua kota.", P2, P3);
        assertThat(pages(doc)).containsExactly(1, 1, 2, 2, 4);
        assertThat(doc.pageCount()).isEqualTo(4);

        TextAssembler.Assembled assembled = TextAssembler.assemble(doc);
        String text = assembled.text();
        List<SourceStructure.Page> pageMap = assembled.structure().pages();
        assertThat(pageMap).hasSize(4);
        assertThat(slice(text, pageMap.get(1))).isEqualTo("yang erat antara kedua kota.\n" + P2 + "\n");
        assertThat(slice(text, pageMap.get(2))).isEmpty();
        assertThat(slice(text, pageMap.get(3))).isEqualTo(P3);
        assertThat(assembled.structure().paragraphs()).extracting(SourceStructure.Paragraph::page).containsExactly(1, 1, 2, 2, 4);
    }

    private static String slice(String text, SourceStructure.Page page) {
        int[] cps = text.codePoints().toArray();
        return new String(cps, page.start(), page.end() - page.start());
    }

    @Test
    void indonesianArabicAndChineseNamesSurvive() {
        assumeThat(PdfFixtures.fontExists(PdfFixtures.DEJAVU)).as("DejaVu Sans is installed").isTrue();
        String arabic = "محمد عبد الله";
        String visual = new StringBuilder(arabic).reverse().toString(); // as a PDF holds right-to-left text
        List<Text> page = page();
        page.add(new Text("Narasumber: Ni Luh Putu Ayu Saraswati, Dr. Ḥasan al-Bāqir dan " + visual + ".", MARGIN, 100, SIZE, Face.DEJAVU));
        page.add(new Text("Tempat: Kabupaten Banyuwangi – “kota santri”, café Ümit, 25 °C", MARGIN, 160, SIZE, Face.DEJAVU));
        boolean cjk = PdfFixtures.fontExists(PdfFixtures.CJK);
        if (cjk) {
            page.addAll(PdfFixtures.runs(MARGIN, 220, Face.CJK, "王小明", Face.DEJAVU, "(Wang Xiaoming) dari", Face.CJK, "上海市"));
        }
        ExtractedDocument doc = extract(pdf(List.of(page)));
        List<String> expected = new ArrayList<>(List.of(
                "Narasumber: Ni Luh Putu Ayu Saraswati, Dr. Ḥasan al-Bāqir dan " + arabic + ".",
                "Tempat: Kabupaten Banyuwangi – “kota santri”, café Ümit, 25 °C"));
        if (cjk) {
            expected.add("王小明 (Wang Xiaoming) dari 上海市");
        }
        assertThat(texts(doc).stream().map(t -> java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFC)).toList())
                .containsExactlyElementsOf(expected);
    }

    @Test
    void userPasswordNoneWrongAndRight() {
        byte[] locked = pdf(threeSimplePages(), PdfFixtures.passwords("pemilik", "rahasia", true), List.of());

        UserException none = failure(locked, null);
        assertThat(none.key()).isEqualTo("import.pdf.needPassword");
        assertThat(none.getMessage()).startsWith("dokumen.pdf is protected with a password.").contains("--password");

        UserException wrong = failure(locked, "salah");
        assertThat(wrong.key()).isEqualTo("import.pdf.wrongPassword");
        assertThat(wrong.getMessage()).startsWith("The password given for dokumen.pdf is not the right one.");

        assertThat(texts(extract(locked, "rahasia"))).containsExactly(P1, P2, P3, P2, P1);
        assertThat(texts(extract(locked, "pemilik"))).as("the owner password opens it too").containsExactly(P1, P2, P3, P2, P1);
    }

    @Test
    void ownerPasswordOnlyImportsWithoutAPassword() {
        byte[] restricted = pdf(threeSimplePages(), PdfFixtures.passwords("pemilik", "", false), List.of());
        assertThat(texts(extract(restricted))).containsExactly(P1, P2, P3, P2, P1);
        assertThat(texts(extract(restricted, "kata sandi untuk berkas lain"))).containsExactly(P1, P2, P3, P2, P1);
    }

    @Test
    void imageOnlyPdfAsksForOcr() {
        UserException e = failure(PdfFixtures.imageOnly(2), null);
        assertThat(e.key()).isEqualTo("import.pdf.noTextLayer");
        assertThat(e.getMessage()).isEqualTo("dokumen.pdf has 2 pages of images and no text layer: it is a scan. OCR it first "
                + "(for example with OCRmyPDF or your scanner's software), then import the PDF with text.");
    }

    @Test
    void aScannedPageAmongTextPagesIsNamedInTheNotes() {
        List<List<Text>> pages = new ArrayList<>(threeSimplePages());
        pages.add(1, page());
        ExtractedDocument doc = extract(PdfFixtures.pdf(pages, null, List.of(1)));
        assertThat(texts(doc)).containsExactly(P1, P2, P3, P2, P1);
        assertThat(pages(doc)).containsExactly(1, 1, 3, 4, 4);
        assertThat(doc.notes()).containsExactly("page 2: only images, no text (scanned?); OCR the PDF to include its text");
    }

    @Test
    void zeroPagesAndBlankPages() {
        UserException none = failure(PdfFixtures.noPages(), null);
        assertThat(none.key()).isEqualTo("import.pdf.noPages");
        assertThat(none.getMessage()).startsWith("dokumen.pdf has no pages.");

        UserException blank = failure(pdf(List.of(page(), page(), page())), null);
        assertThat(blank.key()).isEqualTo("import.pdf.blank");
        assertThat(blank.getMessage()).startsWith("dokumen.pdf has 3 pages but no text on them.");
    }

    @Test
    void truncatedPdfKeepsTheTextPdfBoxCanRecover() {
        byte[] whole = pdf(threeSimplePages());
        byte[] noTrailer = Arrays.copyOf(whole, whole.length - 200); // the xref table and trailer are gone
        ExtractedDocument recovered = extract(noTrailer);
        assertThat(texts(recovered)).containsExactly(P1, P2, P3, P2, P1);
        assertThat(recovered.notes()).isEmpty();

        byte[] half = Arrays.copyOf(whole, whole.length / 2); // the first page survives, the others are cut off
        ExtractedDocument partly = extract(half);
        assertThat(texts(partly)).containsExactly(P1, P2);
        assertThat(partly.pageCount()).isEqualTo(3);
        assertThat(partly.notes()).containsExactly("pages 2–3 could not be read (damaged) and are missing from the text");

        int firstStream = new String(whole, StandardCharsets.ISO_8859_1).indexOf("stream");
        UserException e = failure(Arrays.copyOf(whole, firstStream), null); // no page content at all
        assertThat(e.key()).isEqualTo("import.pdf.damaged");
        assertThat(e.getMessage()).isEqualTo("dokumen.pdf is damaged and its text could not be read (no page could be read). "
                + "Open it in a PDF viewer, save or print it as a new PDF, and import that.");
    }

    @Test
    void garbageAfterTheEndIsIgnored() {
        byte[] whole = pdf(threeSimplePages());
        byte[] junk = "\n%%EOF\nsampah sampah sampah\u0000\u0001 trailer << /Root 99 0 R >>\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] withJunk = Arrays.copyOf(whole, whole.length + junk.length * 20);
        for (int i = 0; i < 20; i++) {
            System.arraycopy(junk, 0, withJunk, whole.length + i * junk.length, junk.length);
        }
        assertThat(texts(extract(withJunk))).containsExactly(P1, P2, P3, P2, P1);
    }

    @Test
    void bytesThatAreNoPdfAreDamaged() {
        byte[] bad = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\nrubbish".getBytes(StandardCharsets.ISO_8859_1);
        UserException e = failure(bad, null);
        assertThat(e.key()).isIn("import.pdf.damaged", "import.pdf.noPages");
        assertThat(e.getMessage()).startsWith("dokumen.pdf ");
    }
}
