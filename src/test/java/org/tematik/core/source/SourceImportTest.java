package org.tematik.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.tematik.testsupport.Files2.bytes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.audit.AuditEvent;
import org.tematik.core.project.Project;
import org.tematik.core.source.ImportOutcome.Status;
import org.tematik.core.util.Json;
import org.tematik.core.util.UserException;
import org.tematik.testsupport.Db;
import org.tematik.testsupport.Files2;

/** Importing TXT/MD files: originals kept byte for byte, encodings found, bad files reported by name. */
class SourceImportTest {
    @TempDir
    Path tmp;
    Path files;
    Project p;

    @BeforeEach
    void open() {
        files = tmp.resolve("files");
        p = Project.init(tmp.resolve("p"), "Import study", "alice");
    }

    @AfterEach
    void close() {
        p.close();
    }

    private List<String> originals() throws Exception {
        try (Stream<Path> s = Files.list(p.dir().resolve("sources"))) {
            return s.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void txtIsStoredByteForByteUnderItsSha256() throws Exception {
        byte[] raw = "Wawancara 1\r\nPak Budi 😀: koordinasi lambat.\r\n".getBytes(StandardCharsets.UTF_8);
        Path file = Files2.write(files, "Wawancara 1.TXT", raw);
        String sha = Files2.sha256(raw);

        ImportOutcome o = p.sources().importFile(file, "Interview", " Interview ");
        assertThat(o.status()).isEqualTo(Status.IMPORTED);
        assertThat(o.file()).isEqualTo(file);
        assertThat(o.message()).isNull();
        Source s = o.source();
        assertThat(s.name()).isEqualTo("Wawancara 1");
        assertThat(s.sha256()).isEqualTo(sha);
        assertThat(s.originalFile()).isEqualTo("sources/" + sha + ".txt");
        assertThat(s.originalName()).isEqualTo("Wawancara 1.TXT");
        assertThat(s.byteSize()).isEqualTo(raw.length);
        assertThat(s.encoding()).isEqualTo("UTF-8");
        assertThat(s.importer()).isEqualTo("txt");
        assertThat(s.sourceType()).isEqualTo("interview");
        assertThat(s.method()).isEqualTo("interview");
        assertThat(s.importedBy()).isEqualTo("alice");
        String expected = "Wawancara 1\nPak Budi 😀: koordinasi lambat.\n";
        assertThat(s.chars()).isEqualTo(expected.codePointCount(0, expected.length())).isEqualTo(43);

        Path stored = p.dir().resolve(s.originalFile());
        assertThat(Files.readAllBytes(stored)).isEqualTo(raw);
        assertThat(originals()).containsExactly(sha + ".txt");
        // the text is normalised to \n, the original is not
        assertThat(p.sources().text(s.id())).isEqualTo("Wawancara 1\nPak Budi 😀: koordinasi lambat.\n");

        AuditEvent e = p.audit().page(1, 1).get(0);
        assertThat(e.action()).isEqualTo("source.import");
        assertThat(e.entityId()).isEqualTo(s.id().toString());
        assertThat(e.summary()).isEqualTo("Imported source 'Wawancara 1' (43 characters)");
        assertThat(Json.read(e.data()).get("after").get("sha256").asText()).isEqualTo(sha);
    }

    @Test
    void thousandsOfParagraphsAreStoredWithTheirOffsets() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 2345; i++) { // more than one chunk of rows
            text.append("Paragraf ").append(i).append(": koordinasi antarlembaga.\n");
        }
        Source s = p.sources().importFile(Files2.write(files, "panjang.txt", text.toString()), null, null).source();
        String stored = p.sources().text(s.id());
        List<SourceStructure.Paragraph> paragraphs = p.sources().structure(s.id()).paragraphs();
        assertThat(paragraphs).hasSize(2345).hasSize(s.paragraphCount());
        for (int i = 0; i < paragraphs.size(); i++) {
            SourceStructure.Paragraph para = paragraphs.get(i);
            assertThat(para.number()).isEqualTo(i + 1);
            assertThat(stored.substring(para.start(), para.end())).isEqualTo("Paragraf " + (i + 1) + ": koordinasi antarlembaga.");
        }
    }

    @Test
    void defaultsForTypeAndMethod() {
        Source s = p.sources().importFile(Files2.write(files, "notes.md", "# Catatan\nlapangan"), null, "  ").source();
        assertThat(s.sourceType()).isEqualTo("other");
        assertThat(s.method()).isNull();
        assertThat(s.originalFile()).endsWith(".md");
    }

    @Test
    void duplicateContentIsSkippedNotImportedTwice() {
        Path a = Files2.write(files, "a.txt", "sama persis");
        Path b = Files2.write(files.resolve("other"), "b.txt", "sama persis");
        Source first = p.sources().importFile(a, null, null).source();
        long events = p.audit().count();

        ImportOutcome again = p.sources().importFile(b, null, null);
        assertThat(again.status()).isEqualTo(Status.DUPLICATE);
        assertThat(again.source().id()).isEqualTo(first.id());
        assertThat(p.sources().list()).hasSize(1);
        assertThat(p.audit().count()).isEqualTo(events);
    }

    @Test
    void sameNameDifferentContentGetsAFreeName() {
        p.sources().importFile(Files2.write(files.resolve("x"), "wawancara.txt", "satu"), null, null);
        p.sources().importFile(Files2.write(files.resolve("y"), "wawancara.txt", "dua"), null, null);
        p.sources().importFile(Files2.write(files.resolve("z"), "WAWANCARA.md", "tiga"), null, null);
        assertThat(p.sources().list()).extracting(Source::name).containsExactly("WAWANCARA (3)", "wawancara", "wawancara (2)");
        assertThat(p.sources().text(p.sources().resolve("wawancara (2)").id())).isEqualTo("dua");
        assertThatThrownBy(() -> p.sources().resolve("nope")).isInstanceOf(UserException.class)
                .hasMessageStartingWith("There is no source named 'nope'.");
    }

    @Test
    void aBadFileInABatchDoesNotStopTheOthers() throws Exception {
        Path good1 = Files2.write(files, "good-1.txt", "Teks pertama.");
        Path binary = Files2.write(files, "scan.txt", bytes(0x89, "PNG", 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, "IHDR"));
        Path missing = files.resolve("hilang.txt");
        Path pdf = Files2.write(files, "laporan.pdf", "%PDF-1.7 not really");
        Path empty = Files2.write(files, "kosong.txt", "  \r\n ");
        Path dup = Files2.write(files, "good-1-copy.txt", "Teks pertama.");
        Path good2 = Files2.write(files, "good-2.md", "Teks kedua.");
        long events = p.audit().count();

        List<ImportOutcome> out = p.sources().importFiles(List.of(good1, binary, missing, pdf, empty, dup, good2), "news", null);
        assertThat(out).extracting(ImportOutcome::file).containsExactly(good1, binary, missing, pdf, empty, dup, good2);
        assertThat(out).extracting(ImportOutcome::status).containsExactly(Status.IMPORTED, Status.FAILED, Status.FAILED,
                Status.FAILED, Status.FAILED, Status.DUPLICATE, Status.IMPORTED);
        assertThat(out.get(1).message()).isEqualTo("scan.txt is not a text file. Import it as the kind of file it really is, "
                + "or save it as .txt first.");
        assertThat(out.get(2).message()).isEqualTo("The file " + missing + " does not exist.");
        assertThat(out.get(3).message()).startsWith("laporan.pdf is damaged and its text could not be read (");
        assertThat(out.get(4).message()).isEqualTo("kosong.txt contains no text.");
        assertThat(out.get(5).source().name()).isEqualTo("good-1");

        assertThat(p.sources().list()).extracting(Source::name).containsExactly("good-1", "good-2");
        assertThat(p.audit().count()).isEqualTo(events + 2);
        // failed files leave nothing behind: only the two originals are stored
        assertThat(originals()).hasSize(2).allMatch(n -> n.endsWith(".txt") || n.endsWith(".md"));
    }

    @Test
    void directoryIsRefusedByName() {
        UserException e = catchThrowableOfType(UserException.class, () -> p.sources().importFile(p.dir(), null, null));
        assertThat(e).isNotNull();
        assertThat(e.key()).isEqualTo("import.error.directory");
        assertThat(e.getMessage()).isEqualTo(p.dir() + " is a folder; give the files inside it.");
    }

    @Test
    void windows1252FileImportsWithTheRightText() throws Exception {
        byte[] raw = bytes("Bu Sari: ", 0x93, "Anggaran terbatas", 0x94, " ", 0x96, " caf", 0xE9, "\r\n");
        Source s = p.sources().importFile(Files2.write(files, "cp1252.txt", raw), null, null).source();
        assertThat(s.encoding()).isEqualTo("windows-1252");
        assertThat(p.sources().text(s.id())).isEqualTo("Bu Sari: \u201CAnggaran terbatas\u201D \u2013 café\n");
        assertThat(s.chars()).isEqualTo(36);
        assertThat(Files.readAllBytes(p.dir().resolve(s.originalFile()))).isEqualTo(raw);
        assertThat(s.sha256()).isEqualTo(Files2.sha256(raw));
    }

    @Test
    void utf16FilesImportWithTheRightTextAndCodePointLength() {
        String text = "Pak Budi 😀: kerja sama 𝄞 daerah.";
        Source le = p.sources().importFile(Files2.write(files, "le.txt",
                bytes(0xFF, 0xFE, text.getBytes(StandardCharsets.UTF_16LE))), null, null).source();
        Source be = p.sources().importFile(Files2.write(files, "be.txt",
                text.replace("daerah", "pusat").getBytes(StandardCharsets.UTF_16BE)), null, null).source();
        assertThat(le.encoding()).isEqualTo("UTF-16LE");
        assertThat(be.encoding()).isEqualTo("UTF-16BE");
        assertThat(p.sources().text(le.id())).isEqualTo(text);
        assertThat(p.sources().text(be.id())).isEqualTo("Pak Budi 😀: kerja sama 𝄞 pusat.");
        assertThat(le.chars()).isEqualTo(text.codePointCount(0, text.length())).isEqualTo(32);
        p.codebook().add("Emoji", null, null, null);
        p.codings().code("le", "Emoji", 9, 10, null);
        assertThat(p.codings().list(null, "le").get(0).text()).isEqualTo("😀");
    }

    @Test
    void undoImportHidesTheSourceAndItsCodingsAndRedoBringsThemBack() {
        Path file = Files2.write(files, "wawancara.txt", "Koordinasi dengan pusat lambat.");
        Source s = p.sources().importFile(file, "interview", null).source();
        try (Project bob = Project.open(p.dir(), "bob")) {
            bob.codebook().add("Koordinasi", null, null, null);
            bob.codings().code("wawancara", "Koordinasi", 0, 10, "bob's");
        }
        Map<String, ?> before = Db.dump(p.dir());

        AuditEvent undo = p.undo().orElseThrow().event();
        assertThat(undo.action()).isEqualTo("undo");
        assertThat(Json.read(undo.data()).get("op").asText()).isEqualTo("source.remove");
        assertThat(p.sources().list()).isEmpty();
        assertThat(p.codings().list(null, null)).isEmpty();
        assertThat(p.codebook().tree().get(0).codings()).isZero();
        assertThatThrownBy(() -> p.sources().resolve("wawancara")).isInstanceOf(UserException.class);
        assertThatThrownBy(() -> p.sources().resolve(s.id().toString())).isInstanceOf(UserException.class);
        UserException e = catchThrowableOfType(UserException.class, () -> p.codings().code(s.id(),
                p.codebook().resolve("Koordinasi").id(), 11, 15, null));
        assertThat(e.key()).isEqualTo("source.error.gone");
        // nothing is deleted: the text and the coding stay stored, the source is only marked removed
        assertThat(Db.scalar(p.dir(), "SELECT removed FROM sources WHERE id = ?", s.id())).isEqualTo(true);
        assertThat(Db.count(p.dir(), "codings")).isEqualTo(1);

        p.redo().orElseThrow();
        assertThat(Db.dump(p.dir())).isEqualTo(before);
        assertThat(p.codings().list(null, null)).singleElement().satisfies(v -> {
            assertThat(v.text()).isEqualTo("Koordinasi");
            assertThat(v.memo()).isEqualTo("bob's");
        });
        assertThat(p.audit().verify().isIntact()).isTrue();
    }

    @Test
    void reimportAfterUndoneImportMakesRedoImpossible() {
        Path file = Files2.write(files, "wawancara.txt", "isi");
        p.sources().importFile(file, null, null);
        p.undo().orElseThrow();
        assertThat(p.sources().importFile(file, null, null).status()).isEqualTo(Status.IMPORTED);
        // the re-import was a new command, so the redo stack is empty anyway
        assertThat(p.redo()).isEmpty();
        assertThat(p.sources().list()).hasSize(1);
    }
}
