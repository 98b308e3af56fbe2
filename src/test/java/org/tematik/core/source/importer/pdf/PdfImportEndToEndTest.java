package org.tematik.core.source.importer.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tematik.core.source.importer.pdf.PdfFixtures.MARGIN;
import static org.tematik.core.source.importer.pdf.PdfFixtures.SIZE;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.project.Project;
import org.tematik.core.source.ImportOptions;
import org.tematik.core.source.ImportOutcome;
import org.tematik.core.source.ImportOutcome.Status;
import org.tematik.core.source.Source;
import org.tematik.core.source.SourceStructure;
import org.tematik.core.source.importer.ImportLimits;
import org.tematik.core.source.importer.pdf.PdfFixtures.Cursor;
import org.tematik.core.source.importer.pdf.PdfFixtures.Face;
import org.tematik.core.source.importer.pdf.PdfFixtures.Text;
import org.tematik.core.storage.ParagraphMaps;
import org.tematik.testsupport.Db;
import org.tematik.testsupport.Files2;

/** A PDF through Project and SourceService: what `sources list` shows, the stored text and its pages. */
class PdfImportEndToEndTest {
    private static final String INTRO = "Nota kesepahaman ini mengatur kerja sama antara Pemerintah Kota Surabaya dan "
            + "Pemerintah Kota Busan di bidang pendidikan dan kebudayaan.";
    private static final String[] TOPICS = {"", "pendidikan", "kebudayaan", "pariwisata", "lingkungan hidup"};

    private static String body(int page) {
        return page == 1 ? INTRO : "Di bidang " + TOPICS[page - 1] + ", para pihak sepakat bertukar informasi, tenaga ahli dan "
                + "pengalaman, dengan koordinasi oleh sekretariat bersama.";
    }

    @TempDir
    Path tmp;
    Project p;

    @BeforeEach
    void open() {
        p = Project.init(tmp.resolve("p"), "Sister cities", "alice");
    }

    @AfterEach
    void close() {
        p.close();
    }

    private static byte[] mou() {
        List<List<Text>> pages = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            List<Text> page = PdfFixtures.page();
            page.add(new Text("MoU Surabaya–Busan No. 12/2019", MARGIN, 40, 9, Face.HELVETICA));
            Cursor c = new Cursor(MARGIN + SIZE);
            PdfFixtures.paragraph(page, c, MARGIN, "Pasal " + (i * 2));
            PdfFixtures.wrapped(page, c, body(i));
            page.add(new Text("Page " + i + " of 5", MARGIN, PdfFixtures.HEIGHT - 40, 9, Face.HELVETICA));
            pages.add(page);
        }
        return PdfFixtures.pdf(pages, PdfFixtures.passwords("pemilik", "rahasia", true), List.of());
    }

    @Test
    void aPdfIsImportedWithItsPagesAndParagraphs() {
        Path file = Files2.write(tmp.resolve("files"), "MoU Surabaya-Busan.pdf", mou());
        ImportOptions options = new ImportOptions("mou", "document-analysis", null, "rahasia", 1, ImportLimits.DEFAULT);

        ImportOutcome outcome = p.sources().importFile(file, options);
        assertThat(outcome.status()).as(String.valueOf(outcome.message())).isEqualTo(Status.IMPORTED);

        Source s = p.sources().list().get(0);
        assertThat(s.name()).isEqualTo("MoU Surabaya-Busan");
        assertThat(s.importer()).isEqualTo("pdf");
        assertThat(s.encoding()).matches("PDF 1\\.\\d, producer Tematik test fixtures");
        assertThat(s.pageCount()).isEqualTo(5);
        assertThat(s.paragraphCount()).as(p.sources().text(s.id())).isEqualTo(10);
        assertThat(s.importNotes()).isEqualTo("left out running headers and footers on 5 of 5 pages");

        StringBuilder expected = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            expected.append(i > 1 ? "\n" : "").append("Pasal ").append(i * 2).append('\n').append(body(i));
        }
        String text = p.sources().text(s.id());
        assertThat(text).isEqualTo(expected.toString());
        assertThat(s.chars()).isEqualTo(text.codePointCount(0, text.length()));

        List<Map<String, Object>> pages = Db.query(p.dir(),
                "SELECT number, start_cp, end_cp FROM source_pages WHERE source_id = ? ORDER BY number", s.id());
        assertThat(pages).hasSize(5);
        assertThat(((Number) pages.get(2).get("start_cp")).intValue()).isEqualTo(text.indexOf("Pasal 6"));
        assertThat(((Number) pages.get(2).get("end_cp")).intValue()).isEqualTo(text.indexOf("Pasal 8"));
        String map = (String) Db.query(p.dir(), "SELECT CAST(paragraphs AS VARCHAR(100000)) AS paragraphs FROM source_paragraph_maps WHERE source_id = ?", s.id())
                .get(0).get("paragraphs");
        assertThat(ParagraphMaps.decode(map)).extracting(SourceStructure.Paragraph::page).containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
    }

    @Test
    void withoutThePasswordTheFileIsReportedAndNothingIsStored() {
        Path file = Files2.write(tmp.resolve("files"), "MoU.pdf", mou());
        List<ImportOutcome> out = p.sources().importFiles(List.of(file), ImportOptions.of(null, null), o -> { }, () -> false);
        assertThat(out.get(0).status()).isEqualTo(Status.FAILED);
        assertThat(out.get(0).message()).startsWith("MoU.pdf is protected with a password. Give its password to import it:");
        assertThat(p.sources().list()).isEmpty();
    }
}
