package org.tematik.core.source.importer.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.tematik.core.source.importer.docx.DocxFiles.extract;
import static org.tematik.core.source.importer.docx.DocxFiles.texts;
import static org.tematik.core.source.importer.docx.DocxFiles.withBody;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFEndnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.tematik.core.source.importer.Annotation;
import org.tematik.core.source.importer.Block;
import org.tematik.core.source.importer.Block.Kind;
import org.tematik.core.source.importer.ExtractedDocument;

/** Golden texts of DOCX files made here with POI XWPF (and, for XML XWPF cannot make, by hand). */
class DocxImporterTest {

    private static XWPFParagraph para(XWPFDocument d, String text) {
        XWPFParagraph p = d.createParagraph();
        if (text != null) {
            p.createRun().setText(text);
        }
        return p;
    }

    @Test
    void paragraphsHeadingsAndTablesComeInDocumentOrder() {
        XWPFDocument d = new XWPFDocument();
        para(d, "Laporan Penelitian").setStyle("Title");
        para(d, "1. Latar belakang").setStyle("Heading1");
        para(d, "Paragraf pertama.");
        XWPFTable table = d.createTable(2, 3);
        String[][] cells = {{"Nama", "Umur", "Kota"}, {"Siti", "34", "Yogyakarta"}};
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 3; c++) {
                table.getRow(r).getCell(c).setText(cells[r][c]);
            }
        }
        XWPFTableCell two = table.getRow(1).getCell(2);
        two.addParagraph().createRun().setText("(Sleman)");
        para(d, "Setelah tabel.");
        para(d, "Tingkat dua").getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.ONE);

        ExtractedDocument doc = extract(d);

        assertThat(doc.blocks()).extracting(Block::kind, Block::text).containsExactly(
                tuple(Kind.HEADING, "Laporan Penelitian"),
                tuple(Kind.HEADING, "1. Latar belakang"),
                tuple(Kind.PARAGRAPH, "Paragraf pertama."),
                tuple(Kind.TABLE_ROW, "Nama\tUmur\tKota"),
                tuple(Kind.TABLE_ROW, "Siti\t34\tYogyakarta (Sleman)"),
                tuple(Kind.PARAGRAPH, "Setelah tabel."),
                tuple(Kind.HEADING, "Tingkat dua"));
        assertThat(doc.importer()).isEqualTo("docx");
        assertThat(doc.pageCount()).isZero();
        assertThat(doc.blocks()).allSatisfy(b -> assertThat(b.page()).isZero());
        assertThat(doc.notes()).isEmpty();
        assertThat(doc.detail()).startsWith("DOCX");
    }

    @Test
    void headingStylesAreFoundByNameInLocalisedWordAndThroughBasedOn() {
        XWPFDocument d = new XWPFDocument();
        XWPFStyles styles = d.createStyles();
        styles.addStyle(style("Judul1", "heading 1", null));
        styles.addStyle(style("BabJudul", "Bab", "Judul1"));
        styles.addStyle(style("Kutipan", "Quote", null));
        para(d, "Bab satu").setStyle("Judul1");
        para(d, "Turunan").setStyle("BabJudul");
        para(d, "Kutipan biasa").setStyle("Kutipan");

        assertThat(extract(d).blocks()).extracting(Block::kind)
                .containsExactly(Kind.HEADING, Kind.HEADING, Kind.PARAGRAPH);
    }

    private static XWPFStyle style(String id, String name, String basedOn) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        if (basedOn != null) {
            ct.addNewBasedOn().setVal(basedOn);
        }
        return new XWPFStyle(ct);
    }

    @Test
    void softLineBreaksStartNewBlocksAndTabsStay() {
        XWPFDocument d = new XWPFDocument();
        XWPFRun run = para(d, null).createRun();
        run.setText("Pewawancara: Apa kabar?");
        run.addBreak();
        run.setText("Narasumber:");
        run.addTab();
        run.setText("Baik.");
        run.addBreak();
        run.addBreak();
        run.setText("Setelah baris kosong.");
        para(d, "");

        assertThat(texts(extract(d))).containsExactly(
                "Pewawancara: Apa kabar?", "Narasumber:\tBaik.", "", "Setelah baris kosong.", "");
    }

    @Test
    void footnotesAndEndnotesFollowTheBodyWithTheirNumbers() {
        XWPFDocument d = new XWPFDocument();
        XWPFParagraph p = para(d, "Data diambil dari BPS");
        XWPFFootnote fn = d.createFootnote();
        fn.createParagraph().createRun().setText("Badan Pusat Statistik, 2023.");
        p.addFootnoteReference(fn);
        p.createRun().setText(" dan wawancara.");
        XWPFParagraph q = para(d, "Kedua");
        XWPFFootnote fn2 = d.createFootnote();
        fn2.createParagraph().createRun().setText("Catatan kaki kedua,");
        fn2.createParagraph().createRun().setText("dua paragraf.");
        q.addFootnoteReference(fn2);
        XWPFEndnote en = d.createEndnote();
        en.createParagraph().createRun().setText("Catatan akhir.");
        q.addFootnoteReference(en);

        ExtractedDocument doc = extract(d);

        assertThat(doc.blocks()).extracting(Block::kind, Block::text).containsExactly(
                tuple(Kind.PARAGRAPH, "Data diambil dari BPS[1] dan wawancara."),
                tuple(Kind.PARAGRAPH, "Kedua[2][i]"),
                tuple(Kind.NOTE, "[1] Badan Pusat Statistik, 2023."),
                tuple(Kind.NOTE, "[2] Catatan kaki kedua, dua paragraf."),
                tuple(Kind.NOTE, "[i] Catatan akhir."));
    }

    @Test
    void aCommentIsAnAnnotationOnTheWordsItIsAnchoredTo() {
        XWPFDocument d = new XWPFDocument();
        XWPFComments comments = d.createComments();
        XWPFComment c = comments.createComment(BigInteger.ONE);
        c.setAuthor("Dewi");
        c.createParagraph().createRun().setText("Kode: koordinasi");
        c.createParagraph().createRun().setText("(cek lagi)");
        XWPFParagraph p = para(d, "Menurut saya 😀 ");
        CTP ctp = p.getCTP();
        ctp.addNewCommentRangeStart().setId(BigInteger.ONE);
        p.createRun().setText("koordinasi antar dinas");
        ctp.addNewCommentRangeEnd().setId(BigInteger.ONE);
        p.createRun().getCTR().addNewCommentReference().setId(BigInteger.ONE);
        p.createRun().setText(" masih lambat.");

        ExtractedDocument doc = extract(d);

        Block block = doc.blocks().get(0);
        assertThat(block.text()).isEqualTo("Menurut saya 😀 koordinasi antar dinas masih lambat.");
        assertThat(block.annotations()).hasSize(1);
        Annotation a = block.annotations().get(0);
        assertThat(block.text().substring(a.start(), a.end())).isEqualTo("koordinasi antar dinas");
        assertThat(a.kind()).isEqualTo(Annotation.COMMENT);
        assertThat(a.author()).isEqualTo("Dewi");
        assertThat(a.text()).isEqualTo("Kode: koordinasi\n(cek lagi)");
        assertThat(doc.notes()).containsExactly("comments: 1 kept as annotations");
    }

    @Test
    void aCommentSpanningParagraphsIsNarrowedToWhereItStarts() {
        XWPFDocument d = new XWPFDocument();
        XWPFComment c = d.createComments().createComment(BigInteger.valueOf(7));
        c.setAuthor("Budi");
        c.createParagraph().createRun().setText("Dua paragraf");
        XWPFParagraph p = para(d, "Awal ");
        p.getCTP().addNewCommentRangeStart().setId(BigInteger.valueOf(7));
        p.createRun().setText("kalimat satu.");
        XWPFParagraph q = para(d, "Kalimat dua");
        q.getCTP().addNewCommentRangeEnd().setId(BigInteger.valueOf(7));
        q.createRun().setText(" selesai.");

        ExtractedDocument doc = extract(d);

        Block first = doc.blocks().get(0);
        Annotation a = first.annotations().get(0);
        assertThat(first.text().substring(a.start(), a.end())).isEqualTo("kalimat satu.");
        assertThat(doc.blocks().get(1).annotations()).isEmpty();
        assertThat(doc.notes()).containsExactly(
                "comments: 1 kept as annotations (1 of them spanned more than one paragraph or line and cover only the first,"
                        + " from where they start)");
    }

    @Test
    void trackedChangesAreImportedAccepted() {
        XWPFDocument d = new XWPFDocument();
        XWPFParagraph p = para(d, "Narasumber menyebut ");
        CTP ctp = p.getCTP();
        CTRunTrackChange ins = ctp.addNewIns();
        ins.setId(BigInteger.ONE);
        ins.setAuthor("Dewi");
        CTText tiga = ins.addNewR().addNewT();
        tiga.setStringValue("tiga ");
        tiga.setSpace(SpaceAttribute.Space.PRESERVE);
        CTRunTrackChange del = ctp.addNewDel();
        del.setId(BigInteger.TWO);
        del.setAuthor("Dewi");
        del.addNewR().addNewDelText().setStringValue("dua ");
        p.createRun().setText("kendala.");

        CTP from = para(d, "Awal. ").getCTP();
        CTRunTrackChange moveFrom = from.addNewMoveFrom();
        moveFrom.setId(BigInteger.valueOf(3));
        moveFrom.setAuthor("Dewi");
        moveFrom.addNewR().addNewT().setStringValue("Kalimat yang dipindah.");
        CTP to = para(d, "Akhir. ").getCTP();
        CTRunTrackChange moveTo = to.addNewMoveTo();
        moveTo.setId(BigInteger.valueOf(4));
        moveTo.setAuthor("Dewi");
        moveTo.addNewR().addNewT().setStringValue("Kalimat yang dipindah.");

        // a deleted paragraph mark joins a paragraph with the next one
        XWPFParagraph joined = para(d, "Bagian pertama ");
        joined.getCTP().addNewPPr().addNewRPr().addNewDel().setId(BigInteger.valueOf(5));
        para(d, "bagian kedua.");

        XWPFTable table = d.createTable(2, 2);
        table.getRow(0).getCell(0).setText("tetap");
        table.getRow(1).getCell(0).setText("baris dihapus");
        table.getRow(1).getCtRow().addNewTrPr().addNewDel().setId(BigInteger.valueOf(6));

        ExtractedDocument doc = extract(d);

        assertThat(texts(doc)).containsExactly(
                "Narasumber menyebut tiga kendala.",
                "Awal. ",
                "Akhir. Kalimat yang dipindah.",
                "Bagian pertama bagian kedua.",
                "tetap\t");
        assertThat(doc.notes()).containsExactly("tracked changes: accepted view imported (1 insertion, 2 deletions, 1 move)");
    }

    @Test
    void explicitPageBreaksAndNewPageSectionsGivePageNumbers() {
        XWPFDocument d = new XWPFDocument();
        XWPFRun one = para(d, null).createRun();
        one.setText("Halaman satu.");
        one.addBreak(BreakType.PAGE);
        para(d, "Halaman dua.");
        para(d, "Halaman tiga.").setPageBreak(true);
        para(d, "Masih tiga.");
        XWPFRun mid = para(d, null).createRun();
        mid.setText("Sebelum");
        mid.addBreak(BreakType.PAGE);
        mid.setText("Sesudah");
        XWPFParagraph sectionEnd = para(d, "Akhir bagian.");
        sectionEnd.getCTP().addNewPPr().addNewSectPr(); // no type: the next section starts on a new page
        para(d, "Bagian baru.");
        XWPFRun pageOnly = para(d, null).createRun(); // a paragraph holding only a page break
        pageOnly.addBreak(BreakType.PAGE);
        para(d, "Terakhir.");

        ExtractedDocument doc = extract(d);

        assertThat(doc.blocks()).extracting(Block::text, Block::page).containsExactly(
                tuple("Halaman satu.", 1),
                tuple("Halaman dua.", 2),
                tuple("Halaman tiga.", 3),
                tuple("Masih tiga.", 3),
                tuple("Sebelum", 3),
                tuple("Sesudah", 4),
                tuple("Akhir bagian.", 4),
                tuple("Bagian baru.", 5),
                tuple("Terakhir.", 6));
        assertThat(doc.pageCount()).isEqualTo(6);
    }

    @Test
    void continuousSectionsAndLastRenderedPageBreaksGiveNoPages() {
        XWPFDocument d = new XWPFDocument();
        para(d, "Satu.").getCTP().addNewPPr().addNewSectPr();
        XWPFParagraph two = para(d, null);
        two.getCTP().addNewR().addNewLastRenderedPageBreak();
        two.createRun().setText("Dua.");
        d.getDocument().getBody().addNewSectPr().addNewType().setVal(STSectionMark.CONTINUOUS);

        ExtractedDocument doc = extract(d);

        assertThat(doc.pageCount()).isZero();
        assertThat(doc.blocks()).extracting(Block::text, Block::page).containsExactly(tuple("Satu.", 0), tuple("Dua.", 0));
    }

    @Test
    void indonesianArabicAndChineseNamesSurviveAsTheyAre() {
        List<String> lines = List.of(
                "Ibu Siti Nurhaliza (Yogyakarta) — “koordinasi” lambat…",
                "محمد عبد الله: الحمد لله",
                "王小明说：协调很慢。",
                "Café de\u0301ja\u0300 😀 𝒜 Ñuñoa");
        XWPFDocument d = new XWPFDocument();
        lines.forEach(l -> para(d, l));

        assertThat(texts(extract(d))).containsExactlyElementsOf(lines);
    }

    @Test
    void contentControlsFieldsAndHyperlinksGiveTheirVisibleText() {
        byte[] docx = withBody("<w:sdt><w:sdtPr><w:alias w:val=\"Nama\"/></w:sdtPr><w:sdtContent>"
                + "<w:p><w:r><w:t>Dalam kontrol isi</w:t></w:r></w:p></w:sdtContent></w:sdt>"
                + "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>"
                + "<w:p><w:r><w:t>Klik di sini untuk mengetik.</w:t></w:r></w:p></w:sdtContent></w:sdt>"
                + "<w:p><w:r><w:t xml:space=\"preserve\">Lihat </w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> HYPERLINK \"https://bps.go.id\" </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>situs BPS</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                + "<w:r><w:t xml:space=\"preserve\"> dan </w:t></w:r>"
                + "<w:hyperlink r:id=\"rId9\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<w:r><w:t>tautan</w:t></w:r></w:hyperlink>"
                + "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>7</w:t></w:r></w:fldSimple>"
                + "<w:sdt><w:sdtContent><w:r><w:t xml:space=\"preserve\"> (isian)</w:t></w:r></w:sdtContent></w:sdt>"
                + "<w:smartTag w:uri=\"u\" w:element=\"place\"><w:r><w:t>.</w:t></w:r></w:smartTag></w:p>"
                + "<w:p><w:r><w:t> tanpa preserve </w:t><w:t xml:space=\"preserve\"> dengan\u00a0</w:t><w:t>\u00a0</w:t></w:r>"
                + "<w:r><w:t>kata</w:t></w:r><w:r><w:t xml:space=\"preserve\"> </w:t></w:r><w:r><w:t>kata</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>e-mail</w:t><w:noBreakHyphen/><w:t>nya</w:t><w:softHyphen/><w:t>ok</w:t>"
                + "<w:sym w:font=\"Wingdings\" w:char=\"F0E0\"/><w:sym w:font=\"Symbol\" w:char=\"03B1\"/></w:r>"
                + "<w:r><w:delText>hilang</w:delText><w:instrText>kode</w:instrText></w:r></w:p>");

        assertThat(texts(extract(docx))).containsExactly(
                "Dalam kontrol isi",
                "Lihat situs BPS dan tautan7 (isian).",
                "tanpa preserve dengan\u00a0\u00a0kata kata",
                "e-mail\u2011nyaokα");
    }

    @Test
    void textBoxesFollowTheirParagraphOnceAndStrictDocumentsAreRead() {
        String box = "<w:txbxContent><w:p><w:r><w:t>Dalam kotak</w:t></w:r></w:p></w:txbxContent>";
        byte[] docx = withBody("<w:p><w:r><w:t xml:space=\"preserve\">Sebelum </w:t></w:r><w:r><mc:AlternateContent>"
                + "<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>" + box
                + "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
                + "<mc:Fallback><w:pict><v:shape><v:textbox>" + box + "</v:textbox></v:shape></w:pict></mc:Fallback>"
                + "</mc:AlternateContent></w:r><w:r><w:t>sesudah</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t xml:space=\"preserve\">Rumus </w:t></w:r><m:oMath><m:r><m:t>x+1</m:t></m:r></m:oMath></w:p>");
        assertThat(texts(extract(docx))).containsExactly("Sebelum sesudah", "Dalam kotak", "Rumus x+1");

        byte[] strict = DocxFiles.withDocument("<w:document xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\">"
                + "<w:body><w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t>Ketat</w:t></w:r></w:p></w:body></w:document>");
        assertThat(extract(strict).blocks()).extracting(Block::kind, Block::text).containsExactly(tuple(Kind.HEADING, "Ketat"));
    }

    @Test
    void detailNamesTheApplicationFromAppXml() {
        XWPFDocument d = new XWPFDocument();
        para(d, "Teks.");
        d.getProperties().getExtendedProperties().setApplication("Microsoft Office Word");
        d.getProperties().getExtendedProperties().setAppVersion("16.0000");

        assertThat(extract(d).detail()).isEqualTo("DOCX, Microsoft Office Word 16.0000");

        XWPFDocument lo = new XWPFDocument();
        para(lo, "Teks.");
        lo.getProperties().getExtendedProperties().setApplication(
                "LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2");
        // it goes into a VARCHAR(40) column
        assertThat(extract(lo).detail()).isEqualTo("DOCX, LibreOffice/7.4.7.2$Linux_X86_64…").hasSizeLessThanOrEqualTo(40);
    }

    @Test
    void anEmptyDocumentHasNoText() {
        XWPFDocument d = new XWPFDocument();
        para(d, "");
        para(d, "   ");

        assertThat(extract(d).hasText()).isFalse();
    }
}
