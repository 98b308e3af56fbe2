package org.tematik.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.testsupport.CliRun;
import org.tematik.testsupport.SupervisedProject;

/** The XLSX has one sheet per view; the PDF report reads well (rendered to PNG to look at) and carries the head hash. */
class AuditReportTest {
    @TempDir
    static Path shared;
    static Path dir;
    static String headHash;

    @BeforeAll
    static void build() {
        dir = SupervisedProject.create(shared);
        assertThat(CliRun.in(dir, "dr-rina", "review", "agree", SupervisedProject.RESOURCES).exit()).isZero();
        assertThat(CliRun.in(dir, "dr-rina", "review", "comment", "--code", SupervisedProject.RENAMED,
                "Split into central and provincial coordination?").exit()).isZero();
        assertThat(CliRun.in(dir, "dr-rina", "review", "signoff", "codebook v1 agreed").exit()).isZero();
        try (Project p = Project.open(dir, "x")) {
            headHash = p.audit().page(p.audit().count() - 1, 1).get(0).hash();
        }
    }

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void workbookHasOneSheetPerView() throws IOException {
        Path file = shared.resolve("audit.xlsx");
        CliRun run = CliRun.in(dir, "dr-rina", "audit", "export", "--format", "xlsx", "-o", file.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            List<String> sheets = new ArrayList<>();
            book.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsExactly("Events", "Codebook history", "Coder activity", "Sign-offs", "Reviews");
            Sheet events = book.getSheet("Events");
            try (Project p = Project.open(dir, "x")) {
                assertThat(events.getLastRowNum()).isEqualTo((int) p.audit().count());
            }
            assertThat(column(events, 5)).contains("renamed code 'Koordinasi' to 'Central coordination'");
            assertThat(column(book.getSheet("Codebook history"), 5))
                    .contains("merged code 'Anggaran' into 'Budget and human resources' (1 coding)",
                            "agreed the definition of code 'Budget and human resources'");
            assertThat(column(book.getSheet("Coder activity"), 1)).contains("alice", "bob", "dr-rina");
            assertThat(column(book.getSheet("Sign-offs"), 0)).contains("codebook v1 agreed");
            assertThat(column(book.getSheet("Reviews"), 4)).contains("Split into central and provincial coordination?");
        }
    }

    @Test
    void pdfReportReadsWellAndCarriesTheHeadHash() throws IOException {
        Path file = shared.resolve("audit.pdf");
        CliRun run = CliRun.in(dir, "dr-rina", "audit", "export", "--format", "pdf", "-o", file.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Audit report: Kota kembar", "Project summary", "The audit trail is intact",
                    "Chain head hash", headHash.substring(0, 40), "tematik audit verify --file trail.csv",
                    "Central coordination", "renamed code 'Koordinasi' to 'Central coordination'",
                    "former code 'Anggaran'", "Coder activity per day", "codebook v1 agreed", "still holds",
                    "Definition agreed by dr-rina", "Timeline of events");
            render(pdf, "audit-report");
        }
    }

    @Test
    void indonesianReport() throws IOException {
        Messages.setLocale(Messages.INDONESIAN);
        Path file = shared.resolve("audit-id.pdf");
        try (Project p = Project.open(dir, "dr-rina")) {
            p.supervision().exporter().export(AuditExporter.Format.pdf, org.tematik.core.audit.AuditFilter.ALL, file, p.name(),
                    "dr-rina");
        }
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Laporan audit: Kota kembar", "Buku kode dan riwayatnya",
                    "mengganti nama kode 'Koordinasi' menjadi 'Central coordination'");
            render(pdf, "audit-report-id");
        }
    }

    private static void render(PDDocument pdf, String name) throws IOException {
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        PDFRenderer renderer = new PDFRenderer(pdf);
        for (int page = 0; page < Math.min(2, pdf.getNumberOfPages()); page++) {
            BufferedImage image = renderer.renderImageWithDPI(page, 80);
            ImageIO.write(image, "png", out.resolve(name + "-p" + (page + 1) + ".png").toFile());
        }
    }

    private static List<String> column(Sheet sheet, int col) {
        List<String> out = new ArrayList<>();
        for (Row r : sheet) {
            if (r.getCell(col) != null) {
                out.add(r.getCell(col).toString());
            }
        }
        return out;
    }
}
