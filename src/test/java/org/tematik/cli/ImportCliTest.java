package org.tematik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.project.Project;
import org.tematik.core.util.Json;
import org.tematik.testsupport.CliRun;

/** The import options and page-aware commands of the CLI, on generated files. */
class ImportCliTest {
    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void project() {
        project = dir.resolve("p");
        Project.init(project, "Study", "ayu").close();
    }

    /** A PDF of three pages, "Pasal N" and one sentence on each, optionally behind a user password. */
    private Path regulation(String name, String userPassword) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 1; p <= 3; p++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 12);
                    cs.newLineAtOffset(72, 700);
                    cs.showText("Pasal " + p);
                    cs.newLineAtOffset(0, -30);
                    cs.showText("Kerja sama daerah nomor " + p + " dikoordinasikan oleh pusat.");
                    cs.endText();
                }
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return Files.write(dir.resolve(name), out.toByteArray());
        }
    }

    @Test
    void pagesAndParagraphsAreListedPrintedAndCited() throws Exception {
        Path pdf = regulation("perda.pdf", null);
        CliRun imported = CliRun.in(project, "ayu", "import", pdf.toString(), "--source-type", "regulation");
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("3 pages");

        JsonNode source = Json.read(CliRun.in(project, "ayu", "sources", "list", "--json").out()).get(0);
        assertThat(source.get("pages").asInt()).isEqualTo(3);
        assertThat(source.get("paragraphs").asInt()).isEqualTo(6);

        String page2 = CliRun.in(project, "ayu", "text", "perda", "--page", "2").out();
        assertThat(page2).contains("Pasal 2").contains("nomor 2").doesNotContain("nomor 1").doesNotContain("nomor 3");
        assertThat(CliRun.in(project, "ayu", "text", "perda", "--page", "4").errLines())
                .containsExactly("The source 'perda' has no page 4; its pages are 1 to 3.");

        String text = CliRun.in(project, "ayu", "text", "perda").out();
        int start = text.codePointCount(0, text.indexOf("nomor 3"));
        CliRun.in(project, "ayu", "codes", "add", "Central coordination");
        assertThat(CliRun.in(project, "ayu", "code", "--source", "perda", "--code", "Central coordination",
                "--start", Integer.toString(start), "--end", Integer.toString(start + 7)).exit()).isZero();
        JsonNode coding = Json.read(CliRun.in(project, "ayu", "codings", "list", "--json").out()).get(0);
        assertThat(coding.get("page").asInt()).isEqualTo(3);
        assertThat(coding.get("paragraph").asInt()).isEqualTo(6);
    }

    @Test
    void anEncryptedPdfNeedsItsPassword() throws Exception {
        Path pdf = regulation("mou.pdf", "rahasia");
        CliRun without = CliRun.in(project, "ayu", "import", pdf.toString());
        assertThat(without.exit()).isEqualTo(1);
        assertThat(without.out()).contains("failed    " + pdf + ": mou.pdf").contains("--password");
        CliRun wrong = CliRun.in(project, "ayu", "import", pdf.toString(), "--password", "salah");
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.out()).contains("not the right one");
        CliRun right = CliRun.in(project, "ayu", "import", pdf.toString(), "--password", "rahasia");
        assertThat(right.exit()).as(right.out()).isZero();
    }

    @Test
    void aFileOverTheLimitAndAFileWhoseNameLiesFailAlone() throws Exception {
        Path big = Files.write(dir.resolve("besar.txt"), "Narasumber: panjang sekali.\n".repeat(80_000).getBytes());
        Path lying = Files.writeString(dir.resolve("wawancara.docx"), "Pewawancara: ini sebenarnya teks biasa.\n");
        Path fine = Files.writeString(dir.resolve("baik.txt"), "Narasumber: baik.\n");

        CliRun run = CliRun.in(project, "ayu", "import", big.toString(), lying.toString(), fine.toString(), "--max-file-mb", "1");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("failed    " + big + ": besar.txt is larger than 1 MB")
                .contains("failed    " + lying + ": wawancara.docx is named like a Word document (.docx) but is really a plain text file")
                .contains("imported  " + fine)
                .contains("1 imported, 0 skipped as duplicates, 2 failed");
        assertThat(run.errLines()).singleElement().asString().startsWith("2 of 3 files could not be imported");
    }
}
