package org.tematik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.testsupport.CliRun;

class AnonymiseCliTest {
    static final Map<String, String> ENV = Map.of("TEMATIK_PASSPHRASE", "rahasia-sekali");

    @TempDir
    Path dir;
    Path project;
    Path csv;

    @BeforeEach
    void setUp() throws Exception {
        project = dir.resolve("p");
        Path file = Files.writeString(dir.resolve("Wawancara Bu Siti.txt"),
                "Pewawancara: Selamat pagi, Pak Budi Santoso.\nNarasumber: Saya dari Tangerang. Ibu Siti Rahayu juga.\n");
        assertThat(CliRun.of("init", project.toString(), "--name", "Studi", "--user", "alice").exit()).isZero();
        assertThat(CliRun.in(project, "alice", "import", file.toString()).exit()).isZero();
        csv = Files.writeString(dir.resolve("nama.csv"),
                "original;pseudonym;kind\nPak Budi Santoso;Pak Agus;person\nSiti Rahayu;Dewi Lestari;person\nTangerang;Sukamaju;place\n");
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(new String[] {"-p", project.toString(), "--user", "alice"}, 0, all, 0, 4);
        System.arraycopy(args, 0, all, 4, args.length);
        return CliRun.withEnv(ENV, all);
    }

    @Test
    void dryRunListsCountsPerEntryAndSourceAndChangesNothing() {
        CliRun r = run("anonymise", "--table", csv.toString(), "--all", "--dry-run");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Wawancara Bu Siti: 3 replacements", "Pak Budi Santoso → Pak Agus: 1", "Tangerang → Sukamaju: 1",
                "Dry run: nothing was changed.");
        assertThat(run("text", "Wawancara Bu Siti").out()).contains("Pak Budi Santoso");
    }

    @Test
    void appliesShowsTheMappingWithThePassphraseAndUndoes() {
        CliRun r = run("anonymise", "--table", csv.toString(), "--source", "Wawancara Bu Siti");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Anonymised 1 source (3 replacements)");
        assertThat(run("text", "Wawancara Bu Siti").out())
                .isEqualTo("Pewawancara: Selamat pagi, Pak Agus.\nNarasumber: Saya dari Sukamaju. Ibu Dewi Lestari juga.\n");
        assertThat(run("anonymise", "versions", "Wawancara Bu Siti").out()).contains("is at version 2", "version 1:");
        assertThat(run("anonymise", "versions", "Wawancara Bu Siti", "--show", "1").out()).contains("Pak Budi Santoso");

        CliRun mapping = run("anonymise", "mapping");
        assertThat(mapping.exit()).isZero();
        assertThat(mapping.out()).contains("Siti Rahayu → Dewi Lestari (person)");
        CliRun wrong = CliRun.withEnv(Map.of("TEMATIK_PASSPHRASE", "bukan-ini-sandinya"),
                "-p", project.toString(), "--user", "alice", "anonymise", "mapping");
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err()).contains("Wrong passphrase for the pseudonym mapping").doesNotContain("Exception");

        assertThat(run("audit", "verify").exit()).isZero();
        assertThat(run("undo").exit()).isZero();
        assertThat(run("text", "Wawancara Bu Siti").out()).contains("Pak Budi Santoso");
        assertThat(run("audit", "verify").exit()).isZero();
    }

    @Test
    void readsXlsxTablesWithIndonesianHeaders() throws Exception {
        Path xlsx = dir.resolve("nama.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            var sheet = book.createSheet("Nama");
            String[][] rows = {{"jenis", "asli", "samaran"}, {"orang", "Siti Rahayu", "Dewi Lestari"}, {"", "", ""}};
            for (int i = 0; i < rows.length; i++) {
                var row = sheet.createRow(i);
                for (int c = 0; c < 3; c++) {
                    row.createCell(c).setCellValue(rows[i][c]);
                }
            }
            book.write(out);
        }
        CliRun r = run("anonymise", "--table", xlsx.toString(), "--all", "--dry-run");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Siti Rahayu → Dewi Lestari: 1");
    }

    @Test
    void badTablesAndUsageGetClearMessages() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "original,pseudonym\nBudi,\n");
        CliRun r = run("anonymise", "--table", bad.toString(), "--all");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("Row 2 of bad.csv");
        Path dup = Files.writeString(dir.resolve("dup.csv"), "Budi,Agus\nbudi,Bayu\n");
        assertThat(run("anonymise", "--table", dup.toString(), "--all").err()).contains("Row 2 of dup.csv lists the same original as row 1");
        Path none = Files.writeString(dir.resolve("none.csv"), "Joko,Bayu\n");
        CliRun nothing = run("anonymise", "--table", none.toString(), "--all");
        assertThat(nothing.exit()).isEqualTo(1);
        assertThat(nothing.err()).contains("None of the names");
        assertThat(run("anonymise", "--table", csv.toString()).exit()).isEqualTo(2);
        assertThat(run("anonymise", "--all").exit()).isEqualTo(2);
        assertThat(run("anonymise", "--table", dir.resolve("missing.csv").toString(), "--all").exit()).isEqualTo(1);
    }
}
