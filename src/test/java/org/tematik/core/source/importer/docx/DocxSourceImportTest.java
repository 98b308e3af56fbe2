package org.tematik.core.source.importer.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.project.Project;
import org.tematik.core.source.ImportOptions;
import org.tematik.core.source.ImportOutcome;
import org.tematik.core.source.Source;
import org.tematik.core.source.SourceStructure;
import org.tematik.core.storage.ParagraphMaps;
import org.tematik.core.util.CodePoints;
import org.tematik.core.util.UserException;
import org.tematik.testsupport.Db;
import org.tematik.testsupport.Files2;

/** A DOCX interview transcript through the import service: stored text, paragraphs, pages, turns, comments. */
class DocxSourceImportTest {
    @TempDir
    Path tmp;
    Project p;

    @BeforeEach
    void open() {
        p = Project.init(tmp.resolve("p"), "Studi koordinasi", "alice");
    }

    @AfterEach
    void close() {
        p.close();
    }

    private Path write(String name, XWPFDocument doc) {
        return Files2.write(tmp.resolve("files"), name, DocxFiles.bytes(doc));
    }

    private static XWPFParagraph para(XWPFDocument d, String text) {
        XWPFParagraph para = d.createParagraph();
        para.createRun().setText(text);
        return para;
    }

    private List<Map<String, Object>> rows(String sql, Source s) {
        return Db.query(p.dir(), sql, s.id());
    }

    @Test
    void aTranscriptIsStoredWithParagraphsPagesSpeakerTurnsAndComments() {
        XWPFDocument d = new XWPFDocument();
        para(d, "Wawancara dengan Ibu Siti").setStyle("Heading1");
        para(d, "Pewawancara: Bagaimana koordinasi antar dinas?");
        XWPFParagraph answer = para(d, "Narasumber: Menurut saya 😀 ");
        XWPFComment comment = d.createComments().createComment(BigInteger.ONE);
        comment.setAuthor("Dewi");
        comment.createParagraph().createRun().setText("Kode: koordinasi");
        answer.getCTP().addNewCommentRangeStart().setId(BigInteger.ONE);
        answer.createRun().setText("koordinasinya lambat");
        answer.getCTP().addNewCommentRangeEnd().setId(BigInteger.ONE);
        answer.createRun().getCTR().addNewCommentReference().setId(BigInteger.ONE);
        XWPFRun end = answer.createRun();
        end.setText(", apalagi di Kulon Progo.");
        end.addBreak(BreakType.PAGE);
        para(d, "Pewawancara: Apa contohnya?");
        para(d, "Narasumber: Rapat ditunda tiga kali. Kafe de\u0301ja\u0300 tutup.");
        d.getProperties().getExtendedProperties().setApplication("Microsoft Office Word");
        d.getProperties().getExtendedProperties().setAppVersion("16.0000");
        Path file = write("Wawancara Siti.docx", d);

        ImportOutcome o = p.sources().importFile(file, ImportOptions.of("interview", "interview"));

        assertThat(o.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        Source s = o.source();
        assertThat(s.name()).isEqualTo("Wawancara Siti");
        assertThat(s.importer()).isEqualTo("docx");
        assertThat(s.encoding()).isEqualTo("DOCX, Microsoft Office Word 16.0000");
        assertThat(s.pageCount()).isEqualTo(2);
        assertThat(s.paragraphCount()).isEqualTo(5);
        assertThat(s.importNotes()).isEqualTo("comments: 1 kept as annotations");
        String text = p.sources().text(s.id());
        assertThat(text).isEqualTo("Wawancara dengan Ibu Siti\n"
                + "Pewawancara: Bagaimana koordinasi antar dinas?\n"
                + "Narasumber: Menurut saya 😀 koordinasinya lambat, apalagi di Kulon Progo.\n"
                + "Pewawancara: Apa contohnya?\n"
                + "Narasumber: Rapat ditunda tiga kali. Kafe déjà tutup."); // stored in NFC
        CodePoints cps = new CodePoints(text);

        List<SourceStructure.Paragraph> paragraphs = ParagraphMaps.decode((String) rows(
                "SELECT CAST(paragraphs AS VARCHAR(100000)) AS paragraphs FROM source_paragraph_maps WHERE source_id = ?", s).get(0).get("paragraphs"));
        assertThat(paragraphs).extracting(SourceStructure.Paragraph::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(paragraphs).extracting(SourceStructure.Paragraph::kind, SourceStructure.Paragraph::page).containsExactly(
                tuple("heading", 1), tuple("paragraph", 1), tuple("paragraph", 1), tuple("paragraph", 2), tuple("paragraph", 2));
        SourceStructure.Paragraph third = paragraphs.get(2);
        assertThat(cps.substring(third.start(), third.end()))
                .isEqualTo("Narasumber: Menurut saya 😀 koordinasinya lambat, apalagi di Kulon Progo.");

        assertThat(rows("SELECT number, start_cp, end_cp FROM source_pages WHERE source_id = ? ORDER BY number", s))
                .extracting(r -> cps.substring((Integer) r.get("start_cp"), (Integer) r.get("end_cp")))
                .satisfiesExactly(
                        one -> assertThat(one).startsWith("Wawancara dengan").contains("Kulon Progo."),
                        two -> assertThat(two).startsWith("Pewawancara: Apa contohnya?"));

        List<Map<String, Object>> turns = rows(
                "SELECT speaker, start_cp, end_cp FROM speaker_turns WHERE source_id = ? ORDER BY number", s);
        assertThat(turns).extracting(r -> r.get("speaker"))
                .containsExactly("Pewawancara", "Narasumber", "Pewawancara", "Narasumber");
        assertThat(cps.substring((Integer) turns.get(3).get("start_cp"), (Integer) turns.get(3).get("end_cp")))
                .isEqualTo("Narasumber: Rapat ditunda tiga kali. Kafe déjà tutup.");

        List<Map<String, Object>> notes = rows(
                "SELECT kind, start_cp, end_cp, author, body FROM source_annotations WHERE source_id = ?", s);
        assertThat(notes).hasSize(1);
        Map<String, Object> note = notes.get(0);
        assertThat(cps.substring((Integer) note.get("start_cp"), (Integer) note.get("end_cp"))).isEqualTo("koordinasinya lambat");
        assertThat(note).containsEntry("kind", "comment").containsEntry("author", "Dewi").containsEntry("body", "Kode: koordinasi");
    }

    @Test
    void aDocumentWithoutTextIsRefusedByTheService() {
        XWPFDocument d = new XWPFDocument();
        d.createParagraph();
        para(d, " ");
        Path file = write("Kosong.docx", d);

        assertThatThrownBy(() -> p.sources().importFile(file, ImportOptions.of("interview", "interview")))
                .isInstanceOf(UserException.class)
                .hasMessage("Kosong.docx contains no text.");
    }

    @Test
    void aZipBombFailsAloneInABatchWithItsOwnMessage() {
        XWPFDocument d = new XWPFDocument();
        para(d, "Narasumber: Teks biasa.");
        Path good = write("Baik.docx", d);
        Path bomb = Files2.write(tmp.resolve("files"), "Bom.docx", DocxFiles.bomb(50L << 20));

        List<ImportOutcome> out = p.sources().importFiles(List.of(bomb, good), "interview", "interview");

        assertThat(out).extracting(ImportOutcome::status)
                .containsExactly(ImportOutcome.Status.FAILED, ImportOutcome.Status.IMPORTED);
        assertThat(out.get(0).message()).startsWith("Bom.docx was not opened: it is a zip archive");
    }
}
