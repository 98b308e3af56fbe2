package org.tematik.core.anonymise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.coding.Coding;
import org.tematik.core.project.Project;
import org.tematik.core.search.SearchLanguage;
import org.tematik.core.source.SourceStructure;
import org.tematik.core.util.UserException;
import org.tematik.testsupport.Db;

/** Anonymisation on a real project: texts, structure, codings, undo/redo, the sealed mapping and the trail. */
class AnonymisationTest {
    static final String TEXT = """
            Pewawancara: Selamat pagi, Pak Budi Santoso.
            Narasumber: Saya bekerja di Tangerang bersama Bu Siti Rahayu dan Budiman sejak 2015.
            Pewawancara: Apakah Budi juga ikut rapat soal budi pekerti?
            Narasumber: Ya, Budi dan Siti ikut. Pak Budi  Santoso memimpin.
            """;
    static final String EXPECTED = """
            Pewawancara: Selamat pagi, Pak Agus.
            Narasumber: Saya bekerja di Sukamaju bersama Bu Dewi Lestari dan Budiman sejak 2015.
            Pewawancara: Apakah Agus juga ikut rapat soal budi pekerti?
            Narasumber: Ya, Agus dan Dewi ikut. Pak Agus memimpin.
            """;
    static final char[] PASS = "rahasia-sekali".toCharArray();
    static final List<PseudonymEntry> TABLE = List.of(
            new PseudonymEntry("Budi", "Agus", "person"),
            new PseudonymEntry("Pak Budi Santoso", "Pak Agus", "person"),
            new PseudonymEntry("Siti Rahayu", "Dewi Lestari", "person"),
            new PseudonymEntry("Siti", "Dewi", "person"),
            new PseudonymEntry("Tangerang", "Sukamaju", "place"));

    @TempDir
    Path dir;
    Path project;
    UUID source;
    Map<String, UUID> codings = new java.util.LinkedHashMap<>();

    @BeforeEach
    void create() throws Exception {
        project = dir.resolve("p");
        Path file = Files.writeString(dir.resolve("wawancara.txt"), TEXT);
        try (Project p = Project.init(project, "Studi", "alice")) {
            source = p.sources().importFile(file, "interview", "interview").source().id();
            UUID code = p.codebook().add("Kepemimpinan", null, null, null).id();
            String t = p.sources().text(source);
            int name = t.indexOf("Pak Budi Santoso");
            codings.put("greeting", code(p, code, t.indexOf("Selamat"), name + 16));       // covers the whole name
            codings.put("inside", code(p, code, name + 4, name + 8));                       // "Budi" inside the name
            codings.put("startsInside", code(p, code, name + 9, t.indexOf('\n')));          // starts at "Santoso"
            int kota = t.indexOf("Tangerang");
            codings.put("before", code(p, code, t.indexOf("Saya"), kota));                  // ends where a name starts
            codings.put("after", code(p, code, kota + 9, t.indexOf("sejak")));              // starts where it ends
            codings.put("overlap", code(p, code, t.indexOf("bekerja"), t.indexOf("Budiman") + 7));
            codings.put("last", code(p, code, t.indexOf("memimpin"), t.indexOf("memimpin") + 8));
        }
    }

    private UUID code(Project p, UUID code, int fromUtf16, int toUtf16) {
        return p.codings().code(source, code, fromUtf16, toUtf16, null); // the text is ASCII: UTF-16 = code points
    }

    @Test
    void replacesWholeWordsLongestFirstAndMovesCodingsWithTheText() {
        try (Project p = Project.open(project, "alice")) {
            var preview = p.anonymisation().preview(TABLE, List.of(), false);
            assertThat(preview.total()).isEqualTo(7);
            assertThat(preview.sources().get(0).counts()).containsExactly(2, 2, 1, 1, 1);
            p.anonymisation().apply(preview, PASS);

            String t = p.sources().text(source);
            assertThat(t).isEqualTo(EXPECTED);
            assertThat(quote(p, "greeting")).isEqualTo("Selamat pagi, Pak Agus");
            assertThat(quote(p, "inside")).isEqualTo("Pak Agus");
            assertThat(quote(p, "startsInside")).isEqualTo("Pak Agus.");
            assertThat(quote(p, "before")).isEqualTo("Saya bekerja di ");
            assertThat(quote(p, "after")).isEqualTo(" bersama Bu Dewi Lestari dan Budiman ");
            assertThat(quote(p, "overlap")).isEqualTo("bekerja di Sukamaju bersama Bu Dewi Lestari dan Budiman");
            assertThat(quote(p, "last")).isEqualTo("memimpin");

            List<SourceStructure.Paragraph> paragraphs = p.sources().structure(source).paragraphs();
            List<String> lines = EXPECTED.lines().toList();
            assertThat(paragraphs).hasSize(4);
            for (int i = 0; i < 4; i++) {
                assertThat(t.substring(paragraphs.get(i).start(), paragraphs.get(i).end())).isEqualTo(lines.get(i));
            }
            assertThat(p.sources().list().get(0).chars()).isEqualTo(EXPECTED.length());
            assertThat(p.anonymisation().version(source)).isEqualTo(2);
            assertThat(p.anonymisation().versionText(source, 1)).isEqualTo(TEXT);
            assertThat(p.supervision().reconciler().reconcile()).isEmpty();
            assertThat(p.audit().verify().isIntact()).isTrue();
        }
    }

    @Test
    void undoRestoresTextStructureAndCodingsExactlyAndRedoRepeats() {
        try (Project p = Project.open(project, "alice")) {
            List<Coding> codingsBefore = codings(p);
            SourceStructure structureBefore = p.sources().structure(source);
            p.anonymisation().apply(p.anonymisation().preview(TABLE, List.of(source), false), PASS);
            List<Coding> codingsAnonymised = codings(p);

            p.undo();
            assertThat(p.sources().text(source)).isEqualTo(TEXT);
            assertThat(codings(p)).isEqualTo(codingsBefore);
            assertThat(p.sources().structure(source)).isEqualTo(structureBefore);
            assertThat(p.anonymisation().version(source)).isEqualTo(1);
            assertThat(p.anonymisation().versions(source)).isEmpty();
            assertThat(p.anonymisation().mappings()).isEmpty();
            assertThat(p.supervision().reconciler().reconcile()).isEmpty();

            p.redo();
            assertThat(p.sources().text(source)).isEqualTo(EXPECTED);
            assertThat(codings(p)).isEqualTo(codingsAnonymised);
            assertThat(p.anonymisation().mapping(p.anonymisation().mappings().get(0).id(), PASS)).isEqualTo(TABLE);
            assertThat(p.supervision().reconciler().reconcile()).isEmpty();
            assertThat(p.audit().verify().isIntact()).isTrue();
        }
    }

    @Test
    void anotherCodersCodingMadeAfterAnonymisationIsMappedBackOnUndo() {
        try (Project p = Project.open(project, "alice")) {
            p.anonymisation().apply(p.anonymisation().preview(TABLE, List.of(), false), PASS);
        }
        UUID late;
        try (Project bob = Project.open(project, "bob")) {
            String t = bob.sources().text(source);
            late = bob.codings().code(source, bob.codebook().resolve("Kepemimpinan").id(), t.indexOf("Dewi Lestari"),
                    t.indexOf("Dewi Lestari") + 4, null);
        }
        try (Project p = Project.open(project, "alice")) {
            p.undo();
            assertThat(p.sources().text(source)).isEqualTo(TEXT);
            Coding moved = codings(p).stream().filter(c -> c.id().equals(late)).findFirst().orElseThrow();
            assertThat(TEXT.substring(moved.start(), moved.end())).isEqualTo("Siti Rahayu");
            assertThat(p.supervision().reconciler().reconcile()).isEmpty();
            p.redo();
            Coding again = codings(p).stream().filter(c -> c.id().equals(late)).findFirst().orElseThrow();
            assertThat(EXPECTED.substring(again.start(), again.end())).isEqualTo("Dewi Lestari");
            assertThat(p.supervision().reconciler().reconcile()).isEmpty();
        }
    }

    @Test
    void dryRunChangesNothing() {
        try (Project p = Project.open(project, "alice")) {
            long events = p.audit().count();
            var preview = p.anonymisation().preview(TABLE, List.of(), true);
            // case-insensitive also finds "budi" in "budi pekerti"
            assertThat(preview.sources().get(0).counts()[0]).isEqualTo(3);
            assertThat(p.audit().count()).isEqualTo(events);
            assertThat(p.sources().text(source)).isEqualTo(TEXT);
            assertThat(p.anonymisation().version(source)).isEqualTo(1);
        }
    }

    @Test
    void mappingIsSealedAndTrailAndUndoStackHoldNoRealName() throws Exception {
        long before;
        UUID mapping;
        try (Project p = Project.open(project, "alice")) {
            before = p.audit().count();
            mapping = p.anonymisation().apply(p.anonymisation().preview(TABLE, List.of(), false), PASS);
            p.undo();
            p.redo();
            var text = new org.tematik.core.audit.EventText(id -> null);
            List<String> described = p.audit().page(before, 10).stream().map(text::describe).toList();
            assertThat(described).hasSize(3);
            assertThat(described.get(0)).startsWith("anonymised 1 source with pseudonym mapping " + mapping.toString().substring(0, 8)
                    + " (7 replacements;");
            assertThat(described.get(1)).contains("restored the text before pseudonym mapping");
            assertThatThrownBy(() -> p.anonymisation().mapping(mapping, null))
                    .isInstanceOf(UserException.class).hasFieldOrPropertyWithValue("key", "anonymise.error.passphraseNeeded");
            assertThatThrownBy(() -> p.anonymisation().mapping(mapping, "salah-sekali".toCharArray()))
                    .isInstanceOf(UserException.class).hasFieldOrPropertyWithValue("key", "anonymise.error.passphrase");
        }
        List<String> secrets = List.of("Budi", "Santoso", "Siti", "Rahayu", "Tangerang");
        for (Map<String, Object> row : Db.query(project, "SELECT summary, data FROM audit_events WHERE seq > ?", before)) {
            assertThat(row.values().toString()).doesNotContainIgnoringCase("santoso").doesNotContain("Rahayu", "Tangerang");
        }
        for (Map<String, Object> row : Db.query(project, "SELECT summary, undo_command, redo_command FROM command_history "
                + "WHERE audit_seq > ?", before)) {
            assertThat(row.values().toString()).doesNotContain("Santoso", "Rahayu", "Tangerang");
        }
        for (Map<String, Object> row : Db.query(project, "SELECT sealed, salt FROM pseudonym_mappings")) {
            String sealed = new String(Base64.getDecoder().decode((String) value(row, "sealed")), StandardCharsets.ISO_8859_1);
            secrets.forEach(s -> assertThat(sealed).doesNotContain(s).doesNotContain("Agus"));
        }
        assertThat(Db.query(project, "SELECT content FROM source_texts").toString()).doesNotContain("Santoso", "Rahayu");
    }

    @Test
    void encryptedProjectSealsWithTheProjectKeyWithoutAPassphrase() throws Exception {
        Path secret = dir.resolve("secret");
        Path file = Files.writeString(dir.resolve("w2.txt"), TEXT);
        char[] projectPass = "kunci-proyek-rahasia".toCharArray();
        UUID mapping;
        try (Project p = Project.init(secret, "Rahasia", "alice", projectPass.clone())) {
            p.sources().importFile(file, "interview", "interview");
            assertThat(p.anonymisation().needsPassphrase()).isFalse();
            mapping = p.anonymisation().apply(p.anonymisation().preview(TABLE, List.of(), false), null);
        }
        try (Project p = Project.open(secret, "alice", projectPass.clone())) {
            assertThat(p.anonymisation().mapping(mapping, null)).isEqualTo(TABLE);
            assertThat(p.anonymisation().mappings().get(0).passphraseSealed()).isFalse();
        }
    }

    @Test
    void searchFindsThePseudonymsAndNoLongerTheNames() {
        try (Project p = Project.open(project, "alice")) {
            assertThat(p.search().search("Santoso", SearchLanguage.INDONESIAN).hits()).isNotEmpty();
            p.anonymisation().apply(p.anonymisation().preview(TABLE, List.of(), false), PASS);
            assertThat(p.search().search("Santoso", SearchLanguage.INDONESIAN).hits()).isEmpty();
            assertThat(p.search().search("Lestari", SearchLanguage.INDONESIAN).hits()).hasSize(1);
            p.undo();
            assertThat(p.search().search("Santoso", SearchLanguage.INDONESIAN).hits()).hasSize(2);
        }
    }

    @Test
    void aSourceChangedSincePreviewIsRefused() {
        try (Project p = Project.open(project, "alice")) {
            var preview = p.anonymisation().preview(TABLE, List.of(), false);
            p.anonymisation().apply(preview, PASS);
            assertThatThrownBy(() -> p.anonymisation().apply(preview, PASS))
                    .isInstanceOf(UserException.class).hasFieldOrPropertyWithValue("key", "anonymise.error.changed");
            assertThatThrownBy(() -> p.anonymisation().apply(p.anonymisation().preview(TABLE, List.of(), false), PASS))
                    .isInstanceOf(UserException.class).hasFieldOrPropertyWithValue("key", "anonymise.error.nothing");
        }
    }

    @Test
    void pagesOfAPdfMoveWithTheText() throws Exception {
        Path pdf = dir.resolve("notulen.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            for (String line : List.of("Rapat dipimpin oleh Pak Budi Santoso di Tangerang.", "Halaman dua: Bu Siti Rahayu menutup rapat.")) {
                var page = new org.apache.pdfbox.pdmodel.PDPage();
                doc.addPage(page);
                try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 12);
                    cs.newLineAtOffset(72, 700);
                    cs.showText(line);
                    cs.endText();
                }
            }
            doc.save(pdf.toFile());
        }
        try (Project p = Project.open(project, "alice")) {
            UUID notes = p.sources().importFile(pdf, "policy", "document-analysis").source().id();
            p.anonymisation().apply(p.anonymisation().preview(TABLE, List.of(notes), false), PASS);
            String t = p.sources().text(notes);
            List<SourceStructure.Page> pages = p.sources().structure(notes).pages();
            assertThat(pages).hasSize(2);
            assertThat(t.substring(pages.get(0).start(), pages.get(0).end())).contains("Rapat dipimpin oleh Pak Agus di Sukamaju.");
            assertThat(t.substring(pages.get(1).start(), pages.get(1).end())).contains("Halaman dua: Bu Dewi Lestari menutup rapat.");
            assertThat(pages.get(1).end()).isEqualTo(t.length());
            assertThat(p.supervision().reconciler().reconcile()).isEmpty();
        }
    }

    private static Object value(Map<String, Object> row, String column) {
        return row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(column)).findFirst().orElseThrow().getValue();
    }

    private List<Coding> codings(Project p) {
        return p.codings().forSource(source).stream().map(org.tematik.core.coding.CodingView::coding).toList();
    }

    private String quote(Project p, String name) {
        Coding c = codings(p).stream().filter(x -> x.id().equals(codings.get(name))).findFirst().orElseThrow();
        return p.sources().codePoints(source).substring(c.start(), c.end());
    }
}
