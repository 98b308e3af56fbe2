package org.tematik.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.casebook.Attribute;
import org.tematik.core.project.Project;
import org.tematik.core.source.Source;
import org.tematik.core.util.UserException;
import org.tematik.testsupport.Files2;

class SearchServiceTest {
    static final String INTERVIEW = "Pak Budi 😀: Kami berkoordinasi dengan pusat setiap bulan.\n"
            + "Bu Sari 𝄞: Dinas yang mengoordinasikan program kota kembar adalah Bappeda.\n"
            + "Pak Budi: Anggaran terbatas, dan kerja sama dengan Yantai lambat karena koordinasi pusat.\n";
    static final String REPORT = "The city office is coordinating the partnership with Yantai.\n"
            + "Coordination with the ministry takes months.\n";

    @TempDir
    Path tmp;
    Path dir;

    @BeforeEach
    void setUp() {
        dir = tmp.resolve("p");
        try (Project p = Project.init(dir, "Kota kembar", "alice")) {
            p.sources().importFile(Files2.write(tmp.resolve("in"), "wawancara.txt", INTERVIEW), "interview", "interview");
            p.sources().importFile(Files2.write(tmp.resolve("in"), "report.txt", REPORT), "news", "document analysis");
            p.attributes().set(Attribute.ON_SOURCE, "report", Map.of("language", "en"));
        }
    }

    @Test
    void koordinasiFindsItsDerivedFormsAtTheirCodePointOffsets() {
        try (Project p = Project.open(dir, "alice")) {
            SearchResult r = p.search().search("koordinasi", SearchLanguage.INDONESIAN);
            assertThat(r.hits()).extracting(SearchHit::match)
                    .containsExactly("berkoordinasi", "mengoordinasikan", "koordinasi");
            Source interview = p.sources().resolve("wawancara");
            for (SearchHit h : r.hits()) {
                assertThat(h.sourceId()).isEqualTo(interview.id());
                assertThat(p.sources().codePoints(interview.id()).substring(h.start(), h.end())).isEqualTo(h.match());
                assertThat(h.snippet().substring(h.snippetStart(), h.snippetEnd())).isEqualTo(h.match());
            }
            // the emoji before the first hit counts as one code point, not two UTF-16 units
            int at = INTERVIEW.indexOf("berkoordinasi");
            assertThat(r.hits().get(0).start()).isEqualTo(INTERVIEW.codePointCount(0, at)).isEqualTo(at - 1);
            assertThat(r.hits()).extracting(SearchHit::paragraph).containsExactly(1, 2, 3);
        }
    }

    @Test
    void phraseBooleanWildcardAndProximityQueries() {
        try (Project p = Project.open(dir, "alice")) {
            assertThat(matches(p, "\"kerja sama\"")).containsExactly("kerja sama");
            assertThat(matches(p, "anggaran AND lambat")).containsExactly("Anggaran", "lambat");
            assertThat(matches(p, "pusat NOT anggaran")).containsExactly("pusat");
            assertThat(matches(p, "bappe*")).containsExactly("Bappeda");
            assertThat(matches(p, "\"berkoordinasi bulan\"~4")).containsExactly("berkoordinasi dengan pusat setiap bulan");
            assertThat(matches(p, "\"berkoordinasi bulan\"~1")).isEmpty();
            assertThat(matches(p, "yang")).as("a stop word finds nothing").isEmpty();
            // boolean queries hold within one paragraph
            assertThat(matches(p, "bappeda AND anggaran")).isEmpty();
        }
    }

    @Test
    void eachSourceIsSearchedInItsOwnLanguage() {
        try (Project p = Project.open(dir, "alice")) {
            assertThat(p.search().search("coordinate", null).hits()).extracting(SearchHit::match)
                    .containsExactly("coordinating", "Coordination");
            assertThat(p.search().search("coordinate", SearchLanguage.INDONESIAN).hits()).isEmpty();
            assertThat(p.search().search("yantai", null).hits()).extracting(SearchHit::sourceName)
                    .containsExactly("report", "wawancara");
            assertThat(p.search().search("yantai", SearchLanguage.ENGLISH).hits()).extracting(SearchHit::sourceName)
                    .containsExactly("report");
        }
    }

    @Test
    void hitsCarryTheirPage() throws IOException {
        try (Project p = Project.open(dir, "alice")) {
            p.sources().importFile(Files2.write(tmp.resolve("in"), "mou.pdf",
                    pdf(List.of("Nota kesepahaman kota kembar.", "Pasal 2: koordinasi dengan pusat."))), "agreement", null);
            SearchHit hit = p.search().search("koordinasi", null).hits().stream()
                    .filter(h -> h.sourceName().equals("mou")).findFirst().orElseThrow();
            assertThat(hit.page()).isEqualTo(2);
            assertThat(p.sources().text(hit.sourceId()).substring(hit.start(), hit.end())).isEqualTo("koordinasi");
        }
    }

    @Test
    void theIndexLivesOnDiskIsUpdatedOnImportAndRebuiltWhenMissingOrDamaged() throws IOException {
        try (Project p = Project.open(dir, "alice")) {
            p.search().refresh(); // the language attribute set in setUp re-indexes "report" at the next search
            p.sources().importFile(Files2.write(tmp.resolve("in"), "berita.txt", "Wali kota baru berkoordinasi lagi.\n"), "news", null);
            assertThat(p.search().refresh()).as("the import added it").isZero();
            assertThat(matches(p, "koordinasi")).hasSize(4);
            p.undo(); // the import: the source is removed, so are its hits
            assertThat(matches(p, "koordinasi")).hasSize(3);
        }
        Path index = dir.resolve(Project.INDEX_DIR);
        assertThat(Files.list(index).map(f -> f.getFileName().toString())).anyMatch(n -> n.startsWith("segments_"));
        deleteAll(index);
        try (Project p = Project.open(dir, "alice")) {
            assertThat(p.search().refresh()).as("rebuilt: both sources").isEqualTo(2);
        }
        try (var files = Files.list(index)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(f, new byte[] {1, 2, 3});
            }
        }
        try (Project p = Project.open(dir, "alice")) {
            assertThat(matches(p, "koordinasi")).hasSize(3);
        }
    }

    @Test
    void aBadQueryIsAClearError() {
        try (Project p = Project.open(dir, "alice")) {
            assertThatThrownBy(() -> p.search().search("\"kerja sama", null)).isInstanceOf(UserException.class)
                    .hasMessageContaining("\"kerja sama");
            assertThatThrownBy(() -> p.search().search("  ", null)).isInstanceOf(UserException.class);
        }
    }

    private static List<String> matches(Project p, String query) {
        return p.search().search(query, null).hits().stream().map(SearchHit::match).toList();
    }

    private static void deleteAll(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
    }

    static byte[] pdf(List<String> pages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String text : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.beginText();
                    s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    s.newLineAtOffset(72, 700);
                    s.showText(text);
                    s.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
