package org.tematik.core.source.importer.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.tematik.core.source.importer.docx.DocxFiles.extract;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.tematik.core.i18n.Messages;
import org.tematik.core.source.importer.ImportLimits;
import org.tematik.core.util.UserException;

/** Zip bombs, cut and broken files: refused with a message naming the file, never a stack trace or an OOM. */
class DocxHostileFilesTest {
    private static final long BOMB_SPACES = 200L << 20;

    private static UserException refusal(byte[] docx) {
        return refusal(docx, ImportLimits.DEFAULT);
    }

    private static UserException refusal(byte[] docx, ImportLimits limits) {
        UserException e = catchThrowableOfType(UserException.class, () -> extract(docx, limits));
        assertThat(e).as("refused with a UserException").isNotNull();
        return e;
    }

    private static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    @Test
    void aZipBombIsRefusedWithoutUnpackingIt() {
        byte[] bomb = DocxFiles.bomb(BOMB_SPACES);
        assertThat(bomb.length).as("the bomb itself is small").isLessThan(1 << 20);

        long before = allocatedByThisThread();
        UserException e = refusal(bomb);
        long allocated = allocatedByThisThread() - before;

        assertThat(e.key()).isEqualTo("import.docx.zipBomb");
        assertThat(e.getMessage()).startsWith("Wawancara.docx was not opened").contains("zip bomb");
        // the 200 MB were never held: far less was allocated than the bomb unpacks to
        assertThat(allocated).as("bytes allocated while refusing").isLessThan(16L << 20);
    }

    @Test
    void poisZipBombErrorBecomesTheSameMessage() {
        ZipGuard.configurePoi(ImportLimits.DEFAULT);
        Exception fromPoi = catchThrowableOfType(Exception.class,
                () -> OPCPackage.open(new ByteArrayInputStream(DocxFiles.bomb(8L << 20))).revert());
        assertThat(fromPoi).as("POI's own check fires too").isNotNull();

        UserException e = DocxImporter.translate(fromPoi, "bom.docx", ImportLimits.DEFAULT.maxUnpackedBytes());

        assertThat(e.key()).isEqualTo("import.docx.zipBomb");
        assertThat(e.getMessage()).startsWith("bom.docx ");
    }

    @Test
    void moreUnpackedTextThanTheLimitIsRefused() {
        StringBuilder body = new StringBuilder();
        Random random = new Random(7);
        while (body.length() < 3 << 20) { // text that does not compress like a bomb
            body.append("<w:p><w:r><w:t>");
            for (int i = 0; i < 200; i++) {
                body.append((char) ('a' + random.nextInt(26)));
            }
            body.append("</w:t></w:r></w:p>");
        }
        byte[] docx = DocxFiles.withBody(body.toString());

        UserException e = refusal(docx, new ImportLimits(200L << 20, 2L << 20, 0.01));

        assertThat(e.key()).isEqualTo("import.docx.unpackedTooLarge");
        assertThat(e.getMessage()).isEqualTo("Wawancara.docx would unpack to more than 2 MB, the most Tematik unpacks from one"
                + " Word document. Split the document into smaller files in Word and import those.");
        assertThat(extract(docx).blocks()).hasSizeGreaterThan(10_000);
    }

    @Test
    void aCutFileIsReportedAsDamagedWhereverItIsCut() {
        XWPFDocument d = new XWPFDocument();
        for (int i = 0; i < 200; i++) {
            d.createParagraph().createRun().setText("Paragraf " + i + " dengan teks yang cukup panjang untuk dipotong.");
        }
        byte[] whole = DocxFiles.bytes(d);
        for (int cut = 64; cut < whole.length; cut += Math.max(1, whole.length / 40)) {
            byte[] part = Arrays.copyOf(whole, cut);
            try {
                extract(part);
                // cut within the central directory only: every part is still whole, the text too
            } catch (UserException e) {
                assertThat(e.key()).as("cut at " + cut).isEqualTo("import.docx.damaged");
            }
        }
        UserException half = refusal(Arrays.copyOf(whole, whole.length / 2));
        assertThat(half.getMessage()).isEqualTo("Wawancara.docx is damaged or incomplete and cannot be read as a Word document."
                + " Open it in Word or LibreOffice (they can often repair it), save it again as .docx and import that copy.");
    }

    @Test
    void brokenXmlAndMissingPartsAreReportedAsDamaged() {
        assertThat(refusal(DocxFiles.withBody("<w:p><w:r><w:t>tidak ditutup</w:t></w:r>")).key())
                .isEqualTo("import.docx.damaged");
        assertThat(refusal(DocxFiles.withDocument("<w:document><w:body/></w:document>")).key()) // undeclared prefix
                .isEqualTo("import.docx.damaged");
        assertThat(refusal(DocxFiles.withDocument("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r>"
                + "<w:t>&e;</w:t></w:r></w:p></w:body></w:document>")).key()).isEqualTo("import.docx.damaged");
        Map<String, String> noDocument = new LinkedHashMap<>();
        noDocument.put("[Content_Types].xml", DocxFiles.CONTENT_TYPES);
        noDocument.put("word/readme.txt", "bukan dokumen");
        assertThat(refusal(DocxFiles.zip(noDocument)).key()).isEqualTo("import.docx.damaged");
        Map<String, String> plainZip = new LinkedHashMap<>();
        plainZip.put("word/notes.txt", "hanya arsip");
        assertThat(refusal(DocxFiles.zip(plainZip)).key()).isEqualTo("import.docx.damaged");
    }

    @Test
    void contentNestedThousandsDeepIsDamagedNotAStackOverflow() {
        ImportLimits anyRatio = new ImportLimits(200L << 20, 1L << 30, 0.0); // such repetition compresses like a bomb
        String open = "<w:tbl><w:tr><w:tc>".repeat(5000);
        String close = "</w:tc></w:tr></w:tbl>".repeat(5000);
        assertThat(refusal(DocxFiles.withBody(open + "<w:p><w:r><w:t>dalam</w:t></w:r></w:p>" + close), anyRatio).key())
                .isEqualTo("import.docx.damaged");
        String links = "<w:hyperlink>".repeat(5000) + "<w:r><w:t>x</w:t></w:r>" + "</w:hyperlink>".repeat(5000);
        assertThat(refusal(DocxFiles.withBody("<w:p>" + links + "</w:p>"), anyRatio).key()).isEqualTo("import.docx.damaged");
        String nested = "<w:tbl><w:tr><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>sel dalam sel</w:t></w:r></w:p>"
                + "</w:tc></w:tr></w:tbl></w:tc><w:tc><w:p><w:r><w:t>kanan</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
        assertThat(DocxFiles.texts(extract(DocxFiles.withBody(nested)))).containsExactly("sel dalam sel\tkanan");
    }

    @Test
    void theMessagesAreTranslated() {
        java.util.Locale before = Messages.locale();
        try {
            Messages.setLocale(java.util.Locale.forLanguageTag("id-ID"));
            assertThat(refusal(DocxFiles.bomb(1L << 20)).getMessage()).startsWith("Wawancara.docx tidak dibuka");
        } finally {
            Messages.setLocale(before);
        }
    }
}
