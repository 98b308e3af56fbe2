package org.tematik.core.source.importer.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.project.Project;
import org.tematik.core.source.ImportOptions;
import org.tematik.core.source.ImportOutcome;
import org.tematik.core.source.importer.Block;
import org.tematik.core.source.importer.Block.Kind;
import org.tematik.core.source.importer.ExtractedDocument;
import org.tematik.core.source.importer.FileKind;
import org.tematik.core.source.importer.ImportLimits;
import org.tematik.core.source.importer.ImportRequest;
import org.tematik.core.util.UserException;
import org.tematik.testsupport.Files2;

/** Word 97-2003 files, and the other OLE2 files the sniffer sends to the .doc importer. */
class DocImporterTest {
    @TempDir
    Path tmp;

    private static byte[] fixture() throws IOException {
        try (InputStream in = DocImporterTest.class.getResourceAsStream("wawancara.doc")) {
            return in.readAllBytes();
        }
    }

    private static ExtractedDocument extract(byte[] bytes) {
        return new DocImporter().extract(new ImportRequest(Path.of("Wawancara.doc"), bytes, null, ImportLimits.DEFAULT));
    }

    private static UserException refusal(byte[] bytes) {
        UserException e = catchThrowableOfType(UserException.class, () -> extract(bytes));
        assertThat(e).as("refused with a UserException").isNotNull();
        return e;
    }

    @Test
    void aWord97DocumentGivesItsTextAcceptedWithHeadingsTablesNotesAndPages() throws IOException {
        ExtractedDocument doc = extract(fixture());

        assertThat(doc.blocks()).extracting(Block::kind, Block::text, Block::page).containsExactly(
                tuple(Kind.HEADING, "Wawancara dengan Pak Budi", 1),
                tuple(Kind.PARAGRAPH, "Pewawancara: Bagaimana koordinasi antar dinas di Yogyakarta?", 1),
                tuple(Kind.PARAGRAPH, "Narasumber: Menurut Bu محمد dan Pak 王小明, rapat[1] sering ditunda.[i] Itu masalahnya.", 1),
                tuple(Kind.PARAGRAPH, "Baris pertama", 1),
                tuple(Kind.PARAGRAPH, "baris kedua", 1),
                tuple(Kind.TABLE_ROW, "Dinas\tJumlah rapat", 1),
                tuple(Kind.TABLE_ROW, "Bappeda\t12", 1),
                tuple(Kind.PARAGRAPH, "Halaman 1 selesai.", 1), // the PAGE field's code is gone, its result stays
                tuple(Kind.PARAGRAPH, "Anggaran naik tiga persen.", 1), // "dua " was deleted with tracked changes
                tuple(Kind.PARAGRAPH, "Akhir halaman satu.", 1),
                tuple(Kind.PARAGRAPH, "Halaman dua, akhir bagian satu.", 2),
                tuple(Kind.PARAGRAPH, "Bagian dua di halaman tiga.", 3),
                tuple(Kind.NOTE, "[1] Rapat koordinasi Maret 2023.", 1),
                tuple(Kind.NOTE, "[i] Catatan akhir peneliti.", 1));
        assertThat(doc.pageCount()).isEqualTo(3);
        assertThat(doc.importer()).isEqualTo("doc");
        assertThat(doc.detail()).startsWith("DOC");
        assertThat(doc.notes()).containsExactly(
                "tracked changes: accepted view imported (1 insertion, 1 deletion)",
                "comments: not read from .doc files; save the file as .docx in Word and import that to keep them");
        assertThat(doc.blocks()).allSatisfy(b -> assertThat(b.text()).doesNotContainPattern("[\\u0000-\\u0008\\u000b-\\u001f]"));
    }

    @Test
    void aDocIsImportedThroughTheService() throws IOException {
        Path file = Files2.write(tmp.resolve("files"), "Wawancara Budi.doc", fixture());
        try (Project p = Project.init(tmp.resolve("p"), "Studi", "alice")) {
            ImportOutcome o = p.sources().importFile(file, ImportOptions.of("interview", "interview"));

            assertThat(o.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
            assertThat(o.source().importer()).isEqualTo("doc");
            assertThat(o.source().pageCount()).isEqualTo(3);
            assertThat(p.sources().text(o.source().id()))
                    .startsWith("Wawancara dengan Pak Budi\nPewawancara: Bagaimana koordinasi")
                    .contains("\nDinas\tJumlah rapat\nBappeda\t12\n")
                    .endsWith("\n[i] Catatan akhir peneliti.");
        }
    }

    @Test
    void aPasswordProtectedDocxIsRecognisedAndExplained() throws Exception {
        XWPFDocument d = new XWPFDocument();
        d.createParagraph().createRun().setText("Rahasia");
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        d.write(docx);
        d.close();
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("sandi");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(docx.toByteArray());
            }
            fs.writeFilesystem(encrypted);
        }
        byte[] bytes = encrypted.toByteArray();
        assertThat(FileKind.of(bytes)).isEqualTo(FileKind.DOC);

        UserException e = refusal(bytes);

        assertThat(e.key()).isEqualTo("import.doc.encrypted");
        assertThat(e.getMessage()).startsWith("Wawancara.doc is a password-protected Word file. Remove the password in Word");
    }

    @Test
    void otherOfficeFilesAndDamagedOnesAreToldApart() throws IOException {
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("Data").createRow(0).createCell(0).setCellValue("angka");
            wb.write(xls);
        }
        assertThat(refusal(xls.toByteArray()).key()).isEqualTo("import.doc.notWord");

        byte[] whole = fixture();
        UserException cut = refusal(Arrays.copyOf(whole, whole.length / 2));
        assertThat(cut.key()).isEqualTo("import.doc.damaged");
        assertThat(cut.getMessage()).startsWith("Wawancara.doc is damaged");

        byte[] garbage = Arrays.copyOf(whole, 4096);
        Arrays.fill(garbage, 512, garbage.length, (byte) 0x5A);
        assertThat(refusal(garbage).key()).isEqualTo("import.doc.damaged");
    }
}
