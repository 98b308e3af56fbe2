package org.tematik.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.project.Project;
import org.tematik.core.util.CodePoints;

/** The hand-written NVivo, ATLAS.ti and QualCoder style files in src/test/resources (see the README there). */
class QuirkFixturesTest {
    @TempDir
    Path tmp;

    /** Zips a fixture folder as a .qdpx: project.qde at the top, every other file under sources/. */
    static Path qdpx(Path tmp, String style, Map<String, byte[]> extra) throws Exception {
        Path folder = Path.of(QuirkFixturesTest.class.getResource("/org/tematik/core/exchange/" + style).toURI());
        Path out = tmp.resolve(style + ".qdpx");
        try (OutputStream file = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(file);
             Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                zip.putNextEntry(new ZipEntry(name.equals("project.qde") ? name : "sources/" + name));
                zip.write(Files.readAllBytes(f));
                zip.closeEntry();
            }
            for (var e : extra.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out;
    }

    private Qda.Project imported(Path file, String coder) {
        try (Project p = Project.open(tmp.resolve("p"), coder)) {
            assertThat(p.audit().verify().isIntact()).isTrue();
            return ProjectSnapshot.read(ExportRoundTripTest.jdbiOf(p), p.name());
        }
    }

    private static Qda.Source source(Qda.Project p, String name) {
        return p.sources().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> quotes(Qda.Source s) {
        CodePoints text = new CodePoints(s.text());
        return s.selections().stream().map(sel -> text.substring(sel.start(), sel.end())).toList();
    }

    private static String userOf(Qda.Project p, UUID guid) {
        return p.users().stream().filter(u -> u.guid().equals(guid)).map(Qda.User::name).findFirst().orElse(null);
    }

    @Test
    void nvivoStyleUpperCaseBracedGuidsBomCrlfAndUnknownUser() throws Exception {
        Path file = qdpx(tmp, "nvivo", Map.of());
        ExchangeReport report = ExchangeService.importProject(file, tmp.resolve("p"), "tester");
        Qda.Project p = imported(file, "tester");
        assertThat(p.name()).isEqualTo("Studi NVivo");
        Qda.Source s = source(p, "Wawancara Rina");
        assertThat(s.text()).doesNotContain("\r").doesNotStartWith("\uFEFF").startsWith("Interviewer: Bagaimana");
        assertThat(quotes(s)).containsExactlyInAnyOrder("Lambat sekali 😀 karena semua izin lewat Jakarta", "Anggaran terbatas, SDM juga");
        assertThat(s.guid()).isEqualTo(UUID.fromString("9f1c2e4a-1b2c-4d5e-8f90-a1b2c3d4e5f6"));
        var coordination = p.codes().stream().filter(c -> c.name().equals("Koordinasi pusat")).findFirst().orElseThrow();
        assertThat(coordination.color()).isEqualTo("#FF0000");
        assertThat(coordination.parent()).isEqualTo(UUID.fromString("c0de0001-aaaa-4bbb-8ccc-ddddeeeeffff"));
        var byCoder = s.selections().stream().flatMap(sel -> sel.codings().stream()).map(c -> userOf(p, c.creator())).toList();
        assertThat(byCoder).containsExactlyInAnyOrder("RINA-PC\\Rina", "tester");
        var hambatan = p.codes().stream().filter(c -> c.name().equals("Hambatan")).findFirst().orElseThrow();
        assertThat(p.notes().stream().filter(n -> hambatan.notes().contains(n.guid())).map(Qda.Note::text))
                .containsExactly("Hambatan muncul di semua wawancara.");
        assertThat(report.losses()).containsOnlyKeys("exchange.loss.pictures", "exchange.loss.sets");
        assertThat(report.notes()).containsKeys("exchange.note.lineEnds", "exchange.note.unknownUser");
        assertThat(String.join("\n", report.describe(false))).contains("1 picture source(s)", "1 set(s)");
    }

    @Test
    void atlasTiStyleTextFromDocxOriginalPdfRepresentationAndNoUsers() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String para : List.of("Notulen rapat kerja sama Bandung–Fort Worth",
                    "Peserta sepakat bahwa MoU perlu dievaluasi 📊 tiap tahun.", "Belum ada indikator yang disepakati.")) {
                doc.createParagraph().createRun().setText(para);
            }
            doc.write(out);
            docx = out.toByteArray();
        }
        Path file = qdpx(tmp, "atlasti", Map.of("sources/b7c1d2e3-0000-4000-8000-000000000010.docx", docx));
        ExchangeReport report = ExchangeService.importProject(file, tmp.resolve("p"), "tester");
        Qda.Project p = imported(file, "tester");
        assertThat(quotes(source(p, "Notulen rapat"))).containsExactly("MoU perlu dievaluasi 📊 tiap tahun");
        assertThat(quotes(source(p, "Permendagri 25 2020"))).containsExactly("wajib dilaporkan kepada Menteri Dalam Negeri");
        assertThat(report.losses()).containsOnlyKeys("exchange.loss.pdfRegions", "exchange.loss.sourceCodings",
                "exchange.loss.selectionDescriptions", "exchange.loss.links", "exchange.loss.graphs");
        assertThat(report.notes()).containsKeys("exchange.note.textFromOriginal", "exchange.note.unknownUser");
        try (Project opened = Project.open(tmp.resolve("p"), "tester")) {
            var notulen = opened.sources().resolve("Notulen rapat");
            assertThat(notulen.originalName()).endsWith(".docx");
            assertThat(Files.exists(opened.dir().resolve(notulen.originalFile()))).isTrue();
        }
    }

    @Test
    void qualCoderStyleCasesVariablesNotesAndASelectionOutsideTheText() throws Exception {
        Path file = qdpx(tmp, "qualcoder", Map.of());
        ExchangeReport report = ExchangeService.importProject(file, tmp.resolve("p"), "tester");
        Qda.Project p = imported(file, "tester");
        Qda.Source s = source(p, "Wawancara Disdik 🎓");
        assertThat(quotes(s)).containsExactlyInAnyOrder("Pertukaran pelajar dengan Yantai 🇨🇳 berjalan baik",
                "setelah pergantian wali kota, programnya berhenti");
        Qda.Coding dewis = s.selections().stream().flatMap(sel -> sel.codings().stream())
                .filter(c -> "dewi".equals(userOf(p, c.creator()))).findFirst().orElseThrow();
        assertThat(p.notes().stream().filter(n -> dewis.notes().contains(n.guid())).map(Qda.Note::text))
                .containsExactly("Mitra Tiongkok aktif mengundang.");
        assertThat(p.notes().stream().filter(n -> p.projectNotes().contains(n.guid())).map(Qda.Note::text))
                .containsExactly("Hari pertama pengodean.");
        Qda.Case c = p.cases().get(0);
        assertThat(c.name()).isEqualTo("Tangerang–Yantai");
        assertThat(c.sources()).containsExactly(s.guid());
        assertThat(c.values()).extracting(Qda.Value::value).containsExactlyInAnyOrder("Tiongkok", "2015");
        assertThat(p.variables()).extracting(v -> v.name() + ":" + v.type())
                .containsExactlyInAnyOrder("Negara mitra:Text", "Tahun mulai:Float", "Source type:Text", "Method:Text");
        assertThat(report.losses()).containsExactlyInAnyOrderEntriesOf(Map.of("exchange.loss.audio", 1,
                "exchange.loss.badSelections", 1));
    }
}
