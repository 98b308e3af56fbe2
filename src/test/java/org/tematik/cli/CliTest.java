package org.tematik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tematik.core.project.Project;
import org.tematik.core.util.Json;
import org.tematik.testsupport.CliRun;
import org.tematik.testsupport.Db;
import org.tematik.testsupport.Files2;
import org.tematik.testsupport.ProjectCopies;

/**
 * The CLI contract: every command in-process through {@link TematikCli#run}, JSON field names, exit codes
 * 0/1/2, and one clear line on stderr for a user error. One project is built through the CLI per class;
 * tests that change it work on a copy.
 */
class CliTest {
    /** CRLF in the file, \n in the stored text; "😀" and "𝄞" are one code point each. */
    static final String INTERVIEW_FILE_TEXT = "Pak Budi 😀: Koordinasi dengan pusat lambat.\r\nBu Sari: Anggaran 𝄞 terbatas.\r\n";
    static final String INTERVIEW_TEXT = INTERVIEW_FILE_TEXT.replace("\r\n", "\n");
    static final String REGULATION_TEXT = "Perda 3/2019: kerja sama daerah dikoordinasikan oleh pusat.\n";

    @TempDir
    static Path shared;
    static Path base;
    static Path interviewFile;
    static Path regulationFile;

    @TempDir
    Path tmp;
    Path dir;

    static CliRun ok(CliRun r) {
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.err()).as("%s", r).isEmpty();
        return r;
    }

    /** exit 1, one clear line on stderr, no stack trace. */
    static String userError(CliRun r) {
        assertThat(r.exit()).as("%s", r).isEqualTo(1);
        assertThat(r.errLines()).as("%s", r).hasSize(1);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("at java.")
                .doesNotContain("\tat ");
        return r.errLines().get(0);
    }

    static CliRun usageError(CliRun r) {
        assertThat(r.exit()).as("%s", r).isEqualTo(2);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        return r;
    }

    static CliRun alice(Path dir, String... args) {
        return CliRun.in(dir, "alice", args);
    }

    static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    @BeforeAll
    static void buildProjectThroughTheCli() {
        base = shared.resolve("studi");
        interviewFile = Files2.write(shared.resolve("in"), "wawancara-1.txt", INTERVIEW_FILE_TEXT);
        regulationFile = Files2.write(shared.resolve("in"), "perda-2019.md", REGULATION_TEXT);
        CliRun init = ok(CliRun.of("init", base.toString(), "--name", "Studi kota kembar", "--user", "alice"));
        assertThat(init.out().strip()).isEqualTo("Created project 'Studi kota kembar' in " + base.toAbsolutePath().normalize());
        ok(alice(base, "import", interviewFile.toString(), "--source-type", "interview", "--method", "interview"));
        ok(alice(base, "import", regulationFile.toString(), "--source-type", "regulation", "--method", "document-analysis"));
        ok(alice(base, "codes", "add", "Kapasitas kelembagaan", "--definition", "What institutions can do", "--color", "#0072B2"));
        ok(alice(base, "codes", "add", "Koordinasi pusat", "--parent", "Kapasitas kelembagaan"));
        ok(alice(base, "codes", "add", "Anggaran", "--parent", "Kapasitas kelembagaan", "--color", "#e69f00"));
        ok(alice(base, "code", "--source", "wawancara-1", "--code", "Koordinasi pusat", "--start", "12", "--end", "22",
                "--memo", "lambat"));
        ok(CliRun.in(base, "bob", "code", "--source", "wawancara-1", "--code", "Anggaran", "--start", "53", "--end", "63"));
        ok(alice(base, "code", "--source", "perda-2019", "--code", "Koordinasi pusat", "--start", "32", "--end", "58"));
    }

    @BeforeEach
    void copy() {
        dir = ProjectCopies.copy(base, tmp.resolve("copy"));
    }

    // ---- init ----

    @Test
    void initRefusesAnExistingProjectAndAFile() throws Exception {
        assertThat(userError(CliRun.of("init", base.toString()))).isEqualTo(base.toAbsolutePath().normalize()
                + " already holds a Tematik project. Open it instead, or choose another folder.");
        Path file = Files2.write(tmp, "not-a-folder", "x");
        assertThat(userError(CliRun.of("init", file.toString()))).isEqualTo(file + " is a file, not a folder. Choose a folder for the project.");

        Path fresh = tmp.resolve("a").resolve("b");
        CliRun r = ok(CliRun.of("init", fresh.toString(), "--user", "carol"));
        assertThat(r.out().strip()).isEqualTo("Created project 'b' in " + fresh);
        assertThat(Files.isRegularFile(fresh.resolve("project.mv.db"))).isTrue();
        assertThat(Files.isDirectory(fresh.resolve("sources"))).isTrue();
        assertThat(Db.scalar(fresh, "SELECT coder FROM audit_events WHERE seq = 1")).isEqualTo("carol");
    }

    /** A coder may be called like a command: "--user bench" names the coder, it does not start the benchmark. */
    @Test
    void aUserNamedLikeACommandIsAUser() {
        Path fresh = tmp.resolve("named");
        ok(CliRun.of("init", fresh.toString(), "--user", "bench"));
        assertThat(Db.scalar(fresh, "SELECT coder FROM audit_events WHERE seq = 1")).isEqualTo("bench");
        ok(CliRun.of("-p", fresh.toString(), "--user", "import", "sources", "list"));
    }

    @Test
    void userDefaultsToTheOsUserName() {
        Path fresh = tmp.resolve("who");
        ok(CliRun.of("init", fresh.toString()));
        assertThat(Db.scalar(fresh, "SELECT coder FROM audit_events WHERE seq = 1")).isEqualTo(System.getProperty("user.name"));
    }

    // ---- import, sources, text ----

    @Test
    void importReportsEachFileAndSkipsDuplicates() {
        Path extra = Files2.write(tmp, "catatan.txt", "Catatan lapangan.");
        CliRun r = ok(alice(dir, "import", extra.toString(), interviewFile.toString()));
        assertThat(r.out().lines().toList()).containsExactly(
                "imported  " + extra + " as 'catatan' (17 characters)",
                "skipped   " + interviewFile + ": same content as source 'wawancara-1'",
                "1 imported, 1 skipped as duplicates, 0 failed");
    }

    @Test
    void importFailureExitsOneButImportsTheRest() {
        Path good = Files2.write(tmp, "baik.txt", "Teks baik.");
        Path binary = Files2.write(tmp, "biner.txt", new byte[] {'a', 0, 'b', 0, 0, 0, 7});
        Path odd = Files2.write(tmp, "dokumen.xyz", new byte[] {0, 0, 1, 2, 0, 0, 3, 4});
        Path missing = tmp.resolve("tidak-ada.txt");
        CliRun r = alice(dir, "import", binary.toString(), good.toString(), odd.toString(), missing.toString());
        assertThat(userError(r)).isEqualTo("3 of 4 files could not be imported (reasons above); the other files were imported or skipped as listed.");
        assertThat(r.out().lines().toList()).containsExactly(
                "failed    " + binary + ": biner.txt is not a text file. Import it as the kind of file it really is, or save it as .txt first.",
                "imported  " + good + " as 'baik' (10 characters)",
                "failed    " + odd + ": dokumen.xyz is not a kind of file Tematik can import. Supported: .doc, .docx, .markdown, .md, .pdf, .text, .txt.",
                "failed    " + missing + ": The file " + missing + " does not exist.",
                "1 imported, 0 skipped as duplicates, 3 failed");
        assertThat(ok(alice(dir, "sources", "list")).out()).contains("baik");
    }

    @Test
    void importOfAFolderTakesItsSupportedFiles() {
        Path folder = tmp.resolve("folder");
        Files2.write(folder, "b.txt", "bee");
        Files2.write(folder, "a.md", "aa");
        Files2.write(folder, "c.xyz", "%PDF");
        Files2.write(folder, ".hidden.txt", "hidden");
        CliRun r = ok(alice(dir, "import", folder.toString()));
        assertThat(r.out().lines().toList()).containsExactly(
                "imported  " + folder.resolve("a.md") + " as 'a' (2 characters)",
                "imported  " + folder.resolve("b.txt") + " as 'b' (3 characters)",
                "2 imported, 0 skipped as duplicates, 0 failed");
    }

    @Test
    void sourcesListJson() throws Exception {
        JsonNode list = Json.read(ok(alice(base, "sources", "list", "--json")).out());
        assertThat(list.isArray()).isTrue();
        assertThat(list).hasSize(2);
        JsonNode reg = list.get(0);
        JsonNode interview = list.get(1);
        assertThat(fieldNames(interview)).startsWith("id", "name", "sha256", "chars", "sourceType", "method");
        assertThat(interview.get("name").asText()).isEqualTo("wawancara-1");
        assertThat(UUID.fromString(interview.get("id").asText())).isNotNull();
        assertThat(interview.get("sha256").asText()).isEqualTo(Files2.sha256(Files.readAllBytes(interviewFile)));
        assertThat(interview.get("chars").isInt()).isTrue();
        assertThat(interview.get("chars").asInt()).isEqualTo(INTERVIEW_TEXT.codePointCount(0, INTERVIEW_TEXT.length()));
        assertThat(interview.get("sourceType").asText()).isEqualTo("interview");
        assertThat(interview.get("method").asText()).isEqualTo("interview");
        assertThat(reg.get("name").asText()).isEqualTo("perda-2019");
        assertThat(reg.get("sourceType").asText()).isEqualTo("regulation");
        assertThat(reg.get("method").asText()).isEqualTo("document-analysis");
        assertThat(reg.get("sha256").asText()).isEqualTo(Files2.sha256(REGULATION_TEXT.getBytes(StandardCharsets.UTF_8)));

        String text = ok(alice(base, "sources", "list")).out();
        assertThat(text.lines()).hasSize(2);
        assertThat(text).contains(interview.get("id").asText()).contains("wawancara-1").contains("regulation");
    }

    @Test
    void textPrintsTheStoredTextExactly() {
        assertThat(ok(alice(base, "text", "wawancara-1")).out()).isEqualTo(INTERVIEW_TEXT);
        assertThat(ok(alice(base, "text", "PERDA-2019")).out()).isEqualTo(REGULATION_TEXT);
        String id = Json.read(ok(alice(base, "sources", "list", "--json")).out()).get(1).get("id").asText();
        assertThat(ok(alice(base, "text", id)).out()).isEqualTo(INTERVIEW_TEXT);
        assertThat(userError(alice(base, "text", "tidak-ada"))).isEqualTo(
                "There is no source named 'tidak-ada'. Check the name with 'sources list', or give its id.");
    }

    // ---- codes ----

    @Test
    void codesListJson() {
        JsonNode list = Json.read(ok(alice(base, "codes", "list", "--json")).out());
        assertThat(list).hasSize(3);
        JsonNode theme = list.get(0);
        assertThat(fieldNames(theme)).containsExactly("id", "name", "path", "definition", "color", "parent", "count");
        assertThat(theme.get("name").asText()).isEqualTo("Kapasitas kelembagaan");
        assertThat(theme.get("path").asText()).isEqualTo("Kapasitas kelembagaan");
        assertThat(theme.get("definition").asText()).isEqualTo("What institutions can do");
        assertThat(theme.get("color").asText()).isEqualTo("#0072b2");
        assertThat(theme.get("parent").isNull()).isTrue();
        assertThat(theme.get("count").asInt()).isZero();

        JsonNode koordinasi = list.get(1);
        assertThat(koordinasi.get("path").asText()).isEqualTo("Kapasitas kelembagaan > Koordinasi pusat");
        assertThat(koordinasi.get("parent").asText()).isEqualTo(theme.get("id").asText());
        assertThat(koordinasi.get("definition").isNull()).isTrue();
        assertThat(koordinasi.get("count").asInt()).isEqualTo(2);
        JsonNode anggaran = list.get(2);
        assertThat(anggaran.get("name").asText()).isEqualTo("Anggaran");
        assertThat(anggaran.get("color").asText()).isEqualTo("#e69f00");
        assertThat(anggaran.get("count").asInt()).isEqualTo(1);

        assertThat(ok(alice(base, "codes", "list")).out().lines().toList()).hasSize(3)
                .satisfies(lines -> assertThat(lines.get(1)).startsWith("  Koordinasi pusat"));
    }

    @Test
    void codesAddRenameMergeDelete() {
        CliRun add = ok(alice(dir, "codes", "add", "Prosedur", "--parent", "Kapasitas kelembagaan > Koordinasi pusat"));
        assertThat(add.out()).startsWith("Created code 'Prosedur' (");
        assertThat(ok(alice(dir, "codes", "rename", "Anggaran", "Anggaran & SDM")).out().strip())
                .isEqualTo("Renamed code to 'Anggaran & SDM'");
        ok(alice(dir, "codes", "add", "Koordinasi"));
        ok(alice(dir, "code", "--source", "wawancara-1", "--code", "Koordinasi", "--start", "12", "--end", "22"));
        ok(alice(dir, "code", "--source", "wawancara-1", "--code", "Koordinasi", "--start", "0", "--end", "8"));
        assertThat(ok(alice(dir, "codes", "merge", "Koordinasi pusat", "Koordinasi")).out().strip())
                .isEqualTo("Merged 'Koordinasi pusat' into 'Koordinasi'");
        JsonNode codes = Json.read(ok(alice(dir, "codes", "list", "--json")).out());
        assertThat(codes).extracting(c -> c.get("path").asText() + "=" + c.get("count").asInt()).containsExactly(
                "Kapasitas kelembagaan=0", "Kapasitas kelembagaan > Anggaran & SDM=1", "Koordinasi=3",
                "Koordinasi > Prosedur=0");

        assertThat(ok(alice(dir, "codes", "delete", "koordinasi")).out().strip())
                .isEqualTo("Deleted code 'Koordinasi' with 1 sub-code and 3 codings");
        assertThat(Json.read(ok(alice(dir, "codes", "list", "--json")).out())).hasSize(2);
        assertThat(ok(alice(dir, "undo")).out().strip()).isEqualTo("Undo: Deleted code 'Koordinasi' with 1 sub-code and 3 codings");
        assertThat(Json.read(ok(alice(dir, "codes", "list", "--json")).out())).hasSize(4);
    }

    @Test
    void codeErrors() {
        assertThat(userError(alice(dir, "codes", "add", "anggaran", "--parent", "Kapasitas kelembagaan"))).isEqualTo(
                "There is already a code named 'anggaran' at that level of the codebook. Choose another name, or merge the two codes.");
        assertThat(userError(alice(dir, "codes", "add", "Warna", "--color", "#12345"))).isEqualTo(
                "'#12345' is not a colour. Write it as #RRGGBB, for example #e69f00.");
        assertThat(userError(alice(dir, "codes", "add", "Sub", "--parent", "Tidak ada"))).startsWith("There is no code named 'Tidak ada'.");
        assertThat(userError(alice(dir, "codes", "rename", "Tidak ada", "X"))).startsWith("There is no code named 'Tidak ada'.");
        assertThat(userError(alice(dir, "codes", "merge", "Kapasitas kelembagaan", "Anggaran"))).isEqualTo(
                "Code 'Kapasitas kelembagaan' cannot be merged into 'Anggaran': that is the same code or one of its own sub-codes.");
        assertThat(userError(alice(dir, "codes", "delete", "Tidak ada"))).startsWith("There is no code named 'Tidak ada'.");
        assertThat(Db.count(dir, "audit_events")).isEqualTo(Db.count(base, "audit_events"));
    }

    // ---- code, codings ----

    @Test
    void codingsListJson() {
        JsonNode list = Json.read(ok(alice(base, "codings", "list", "--json")).out());
        assertThat(list).hasSize(3);
        for (JsonNode c : list) {
            assertThat(fieldNames(c)).startsWith("id", "source", "code", "start", "end", "coder", "text");
        }
        // sorted by source name, then start
        assertThat(list).extracting(c -> c.get("source").asText() + ":" + c.get("start").asInt() + "-" + c.get("end").asInt()
                + ":" + c.get("code").asText() + ":" + c.get("coder").asText() + ":" + c.get("text").asText())
                .containsExactly(
                        "perda-2019:32-58:Koordinasi pusat:alice:dikoordinasikan oleh pusat",
                        "wawancara-1:12-22:Koordinasi pusat:alice:Koordinasi",
                        "wawancara-1:53-63:Anggaran:bob:Anggaran 𝄞");
        assertThat(list.get(1).get("memo").asText()).isEqualTo("lambat");
        assertThat(UUID.fromString(list.get(1).get("id").asText())).isNotNull();

        assertThat(Json.read(ok(alice(base, "codings", "list", "--json", "--code", "Anggaran")).out()))
                .extracting(c -> c.get("coder").asText()).containsExactly("bob");
        assertThat(Json.read(ok(alice(base, "codings", "list", "--json", "--source", "perda-2019")).out())).hasSize(1);
        assertThat(Json.read(ok(alice(base, "codings", "list", "--json", "--source", "wawancara-1", "--code",
                "Kapasitas kelembagaan > Koordinasi pusat")).out())).hasSize(1);
        assertThat(Json.read(ok(alice(base, "codings", "list", "--json", "--code", "Kapasitas kelembagaan")).out())).isEmpty();
        assertThat(userError(alice(base, "codings", "list", "--code", "Nope"))).startsWith("There is no code named 'Nope'.");

        List<String> lines = ok(alice(base, "codings", "list")).out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(2)).contains("wawancara-1").contains("bob").endsWith("\"Anggaran 𝄞\"");
    }

    @Test
    void codeCountsCodePoints() {
        // offsets 9-10 are the emoji; in UTF-16 they would be 9-11
        CliRun r = ok(alice(dir, "code", "--source", "wawancara-1", "--code", "Anggaran", "--start", "9", "--end", "10"));
        assertThat(r.out()).startsWith("Coded 9-10 of 'wawancara-1' as 'Anggaran' (");
        String last = INTERVIEW_TEXT.codePointCount(0, INTERVIEW_TEXT.length()) + "";
        int n = Integer.parseInt(last);
        ok(alice(dir, "code", "--source", "wawancara-1", "--code", "Anggaran", "--start", String.valueOf(n - 10),
                "--end", last));
        JsonNode list = Json.read(ok(alice(dir, "codings", "list", "--json", "--code", "Anggaran")).out());
        assertThat(list).extracting(c -> c.get("text").asText()).containsExactly("😀", "Anggaran 𝄞", "terbatas.\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "outside the text | alice | wawancara-1 | Anggaran | 70 | 90 | The segment 70-90 lies outside source 'wawancara-1', which has 74 characters (valid offsets are 0 to 74).",
            "negative start   | alice | wawancara-1 | Anggaran | -1 | 3  | The segment -1-3 lies outside source 'wawancara-1', which has 74 characters (valid offsets are 0 to 74).",
            "start = end      | alice | wawancara-1 | Anggaran | 5  | 5  | The segment 5-5 is empty: the start must be smaller than the end.",
            "start > end      | alice | wawancara-1 | Anggaran | 6  | 5  | The segment 6-5 is empty: the start must be smaller than the end.",
            "unknown code     | alice | wawancara-1 | Nope     | 0  | 5  | There is no code named 'Nope'. Check the name with 'codes list', or give its id or its path such as 'Theme > Code'.",
            "unknown source   | alice | nope        | Anggaran | 0  | 5  | There is no source named 'nope'. Check the name with 'sources list', or give its id.",
            "duplicate        | bob   | wawancara-1 | Anggaran | 53 | 63 | You have already coded that segment (53-63) of 'wawancara-1' as 'Anggaran'."})
    void badCodingsExitOneWithOneLine(String what, String user, String source, String code, String start, String end, String message) {
        CliRun r = CliRun.in(dir, user, "code", "--source", source, "--code", code, "--start", start, "--end", end);
        assertThat(userError(r)).isEqualTo(message);
        assertThat(r.out()).isEmpty();
        assertThat(Db.count(dir, "audit_events")).isEqualTo(Db.count(base, "audit_events"));
    }

    // ---- undo, redo ----

    @Test
    void undoAndRedo() {
        assertThat(ok(alice(dir, "undo")).out().strip()).isEqualTo("Undo: Coded 'dikoordinasikan oleh pusat' in 'perda-2019' as 'Koordinasi pusat'");
        assertThat(ok(alice(dir, "undo")).out().strip()).isEqualTo("Undo: Coded 'Koordinasi' in 'wawancara-1' as 'Koordinasi pusat'");
        assertThat(Json.read(ok(alice(dir, "codings", "list", "--json")).out())).hasSize(1);
        assertThat(ok(alice(dir, "redo")).out().strip()).isEqualTo("Redo: Coded 'Koordinasi' in 'wawancara-1' as 'Koordinasi pusat'");
        JsonNode list = Json.read(ok(alice(dir, "codings", "list", "--json")).out());
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("memo").asText()).isEqualTo("lambat");

        assertThat(ok(CliRun.in(dir, "bob", "undo")).out().strip()).isEqualTo("Undo: Coded 'Anggaran 𝄞' in 'wawancara-1' as 'Anggaran'");
        assertThat(userError(CliRun.in(dir, "bob", "undo"))).isEqualTo("Nothing to undo for bob.");
        assertThat(userError(CliRun.in(dir, "carol", "redo"))).isEqualTo("Nothing to redo for carol.");
        assertThat(ok(alice(dir, "audit", "verify")).out().strip()).isEqualTo("audit trail intact: 13 events");
    }

    @Test
    void undoThatCanNoLongerApplyExitsOne() {
        ok(alice(dir, "codes", "rename", "Anggaran", "Anggaran & SDM"));
        ok(CliRun.in(dir, "bob", "codes", "delete", "Anggaran & SDM"));
        String line = userError(alice(dir, "undo"));
        assertThat(line).startsWith("Could not undo or redo 'Renamed code 'Anggaran' to 'Anggaran & SDM'': The code ")
                .endsWith(" no longer exists. It was taken off the undo list.");
        assertThat(ok(alice(dir, "undo")).out()).startsWith("Undo: Coded 'dikoordinasikan oleh pusat'");
    }

    // ---- audit ----

    @Test
    void auditLogJson() {
        JsonNode log = Json.read(ok(alice(base, "audit", "log", "--json")).out());
        assertThat(log).hasSize(9);
        long seq = 1;
        for (JsonNode e : log) {
            assertThat(fieldNames(e)).startsWith("seq", "time", "coder", "action", "entity", "summary");
            assertThat(e.get("seq").asLong()).isEqualTo(seq++);
            assertThat(java.time.Instant.parse(e.get("time").asText())).isNotNull();
        }
        assertThat(log).extracting(e -> e.get("action").asText()).containsExactly("project.create", "source.import",
                "source.import", "code.create", "code.create", "code.create", "coding.add", "coding.add", "coding.add");
        assertThat(log).extracting(e -> e.get("coder").asText()).containsExactly("alice", "alice", "alice", "alice",
                "alice", "alice", "alice", "bob", "alice");
        assertThat(log.get(3).get("entity").asText()).matches("code:[0-9a-f-]{36}");
        assertThat(log.get(0).get("entity").asText()).startsWith("project:");
        assertThat(log.get(3).get("summary").asText()).isEqualTo("Created code 'Kapasitas kelembagaan'");
        assertThat(log.get(6).get("data").get("after").get("memo").asText()).isEqualTo("lambat");

        List<String> lines = ok(alice(base, "audit", "log")).out().lines().toList();
        assertThat(lines).hasSize(9);
        assertThat(lines.get(7)).contains("bob").contains("coding.add").endsWith("Coded 'Anggaran 𝄞' in 'wawancara-1' as 'Anggaran'");
    }

    @Test
    void auditVerifyIntactAndBroken() {
        assertThat(ok(alice(dir, "audit", "verify")).out()).isEqualTo("audit trail intact: 9 events\n");
        Db.update(dir, "UPDATE audit_events SET data = '{}' WHERE seq = 7");
        CliRun broken = alice(dir, "audit", "verify");
        assertThat(userError(broken)).isEqualTo("audit trail broken at event 7: its content was changed after it was written.");
        assertThat(broken.out()).isEmpty();
    }

    @Test
    void auditLogAndVerifyPageThroughLongTrails() throws Exception {
        // a valid chain of 4,500 events, appended directly (far faster than 4,500 commands): more than two pages
        int extra = 4_491;
        try (java.sql.Connection c = Db.connect(dir)) {
            c.setAutoCommit(false);
            String prev;
            long seq;
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT last_seq, last_hash FROM audit_head")) {
                rs.next();
                seq = rs.getLong(1);
                prev = rs.getString(2);
            }
            java.time.Instant t = java.time.Instant.parse("2030-01-01T00:00:00Z");
            try (var ins = c.prepareStatement("INSERT INTO audit_events (seq, occurred_at, coder, action, entity_type, "
                    + "entity_id, summary, data, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < extra; i++) {
                    seq++;
                    java.time.Instant at = t.plusSeconds(i);
                    String summary = "Synthetic event " + seq;
                    String hash = org.tematik.core.audit.ChainHash.of(prev, seq, at, "robot", "memo.edit", "memo", null, summary, "{}");
                    ins.setLong(1, seq);
                    ins.setObject(2, at.atOffset(java.time.ZoneOffset.UTC));
                    ins.setString(3, "robot");
                    ins.setString(4, "memo.edit");
                    ins.setString(5, "memo");
                    ins.setString(6, null);
                    ins.setString(7, summary);
                    ins.setString(8, "{}");
                    ins.setString(9, prev);
                    ins.setString(10, hash);
                    ins.addBatch();
                    prev = hash;
                }
                ins.executeBatch();
            }
            try (var head = c.prepareStatement("UPDATE audit_head SET last_seq = ?, last_hash = ?")) {
                head.setLong(1, seq);
                head.setString(2, prev);
                head.executeUpdate();
            }
            c.commit();
        }
        assertThat(ok(alice(dir, "audit", "verify")).out().strip()).isEqualTo("audit trail intact: 4500 events");
        JsonNode log = Json.read(ok(alice(dir, "audit", "log", "--json")).out());
        assertThat(log).hasSize(4500);
        for (int i = 0; i < 4500; i++) {
            assertThat(log.get(i).get("seq").asLong()).isEqualTo(i + 1);
        }
        assertThat(log.get(4499).get("summary").asText()).isEqualTo("Synthetic event 4500");
        assertThat(log.get(4499).get("entity").asText()).isEqualTo("memo");
        assertThat(ok(alice(dir, "audit", "log")).out().lines()).hasSize(4500);
        // and the chain keeps growing properly from its new head
        ok(alice(dir, "codes", "add", "Setelah"));
        assertThat(ok(alice(dir, "audit", "verify")).out().strip()).isEqualTo("audit trail intact: 4501 events");
    }

    // ---- projects that are not there ----

    @Test
    void missingOrWrongProjectFolder() {
        Path nowhere = tmp.resolve("nowhere");
        assertThat(userError(alice(nowhere, "codes", "list"))).isEqualTo("There is no project folder at " + nowhere
                + ". Check the path, or create a project there with 'tematik init'.");
        Path empty = tmp.resolve("empty");
        ok(CliRun.of("init", empty.resolve("x").toString(), "--user", "a")); // makes "empty" a plain folder
        assertThat(userError(alice(empty, "audit", "verify"))).isEqualTo(empty
                + " is not a Tematik project (it has no project.mv.db). Check the path, or create a project there with 'tematik init'.");
        assertThat(Files.exists(empty.resolve("project.mv.db"))).isFalse();
    }

    @Test
    void debugPrintsTheStackTrace() {
        CliRun r = alice(dir, "--debug", "codes", "add", "Anggaran", "--parent", "Kapasitas kelembagaan");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines().get(0)).startsWith("There is already a code named 'Anggaran'");
        assertThat(r.err()).contains("org.tematik.core.util.UserException").contains("at org.tematik.");
    }

    // ---- usage errors ----

    @Test
    void usageErrorsExitTwo() {
        assertThat(usageError(alice(dir, "codes", "list", "--bogus")).err()).contains("Unknown option: '--bogus'");
        assertThat(usageError(alice(dir, "code", "--source", "wawancara-1", "--code", "Anggaran", "--end", "3")).err())
                .contains("Missing required option: '--start=N'");
        assertThat(usageError(alice(dir, "code", "--source", "wawancara-1", "--code", "Anggaran", "--start", "x",
                "--end", "3")).err()).contains("--start");
        assertThat(usageError(CliRun.of("codes", "list")).err()).contains("Missing required option: '--project=DIR'");
        assertThat(usageError(CliRun.of("--user", "alice", "undo")).err()).contains("--project");
        usageError(alice(dir, "frobnicate"));
        usageError(alice(dir, "codes"));
        usageError(alice(dir, "codes", "rename", "only-one"));
        usageError(alice(dir, "import"));
        usageError(CliRun.of());
        usageError(CliRun.of("init"));
        assertThat(Db.count(dir, "audit_events")).isEqualTo(Db.count(base, "audit_events"));
    }

    @Test
    void helpAndVersion() {
        CliRun help = CliRun.of("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Usage: tematik").contains("import").contains("audit");
        CliRun version = CliRun.of("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out().strip()).startsWith("Tematik ");
        CliRun codeHelp = CliRun.of("code", "--help");
        assertThat(codeHelp.exit()).isZero();
        assertThat(codeHelp.out()).contains("--start=N").contains("--memo=TEXT");
        assertThat(codeHelp.err()).isEmpty();
        assertThat(CliRun.of("codes", "add", "-h").out()).contains("--parent=P");
        assertThat(CliRun.of("audit", "verify", "--help").exit()).isZero();
        CliRun helpCode = CliRun.of("help", "code");
        assertThat(helpCode.exit()).isZero();
        assertThat(helpCode.out()).isEqualTo(codeHelp.out());
    }

    @Test
    void theCliAndTheCoreSeeTheSameProject() {
        try (Project p = Project.open(base, "reader")) {
            assertThat(p.name()).isEqualTo("Studi kota kembar");
            assertThat(p.codings().list(null, null)).hasSize(3);
            assertThat(p.audit().verify().events()).isEqualTo(9);
        }
    }
}
