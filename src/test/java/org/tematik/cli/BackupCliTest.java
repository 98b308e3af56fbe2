package org.tematik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.Main;
import org.tematik.testsupport.BaseProject;
import org.tematik.testsupport.CliRun;
import org.tematik.testsupport.Files2;

/** backup, restore, init --encrypt and passphrase change as the user types them, with their exit codes. */
class BackupCliTest {
    private static final String PASS = "sister-city-2026";
    private static final Map<String, String> ENV = Map.of("TEMATIK_PASSPHRASE", PASS);

    @TempDir
    Path tmp;

    @Test
    void backupThenRestoreIntoANewFolder() throws Exception {
        Path base = BaseProject.create(tmp);
        Path file = tmp.resolve("kota.zip");
        CliRun backup = CliRun.in(base, "alice", "backup", "-o", file.toString());
        assertThat(backup.exit()).as("%s", backup).isZero();
        assertThat(backup.out()).startsWith("Backed up 'Kota kembar' to " + file + " (2 originals, ");

        Path restored = tmp.resolve("restored");
        CliRun restore = CliRun.of("--user", "bob", "restore", file.toString(), restored.toString());
        assertThat(restore.exit()).as("%s", restore).isZero();
        assertThat(restore.out()).isEqualTo("Restored 'Kota kembar' into " + restored
                + " (2 originals); the audit trail of 3 events is intact.\n");
        CliRun verify = CliRun.in(restored, "bob", "audit", "verify");
        assertThat(verify.exit()).isZero();

        CliRun again = CliRun.of("restore", file.toString(), restored.toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).isEqualTo(restored + " is not an empty folder. Restore into a new folder, so that no existing "
                + "work is overwritten.\n");

        byte[] all = Files.readAllBytes(file);
        Path cut = Files2.write(tmp, "cut.zip", Arrays.copyOf(all, all.length - 100));
        CliRun damaged = CliRun.of("restore", cut.toString(), tmp.resolve("r2").toString());
        assertThat(damaged.exit()).isEqualTo(1);
        assertThat(damaged.err()).isEqualTo("The backup file " + cut + " is damaged or incomplete (truncated?). Nothing was "
                + "restored; try an older backup.\n");
        assertThat(tmp.resolve("r2")).doesNotExist();

        assertThat(CliRun.of("restore", file.toString()).exit()).isEqualTo(2);
        assertThat(CliRun.in(base, "alice", "backup").exit()).isEqualTo(2);
    }

    @Test
    void anEncryptedProjectTakesThePassphraseFromTheEnvironmentForEveryCommand() throws Exception {
        Path dir = tmp.resolve("rahasia");
        CliRun init = CliRun.withEnv(ENV, "--user", "ayu", "init", "--encrypt", dir.toString());
        assertThat(init.exit()).as("%s", init).isZero();
        assertThat(init.out()).contains("The project is encrypted. Keep the passphrase safe");
        Path txt = Files2.write(tmp.resolve("in"), "wawancara.txt", BaseProject.INTERVIEW_TEXT);
        assertThat(CliRun.withEnv(ENV, "-p", dir.toString(), "import", txt.toString()).exit()).isZero();
        CliRun list = CliRun.withEnv(ENV, "-p", dir.toString(), "sources", "list");
        assertThat(list.exit()).isZero();
        assertThat(list.out()).contains("wawancara");

        CliRun wrong = CliRun.withEnv(Map.of("TEMATIK_PASSPHRASE", "sister-city-2025"), "-p", dir.toString(), "sources", "list");
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err()).isEqualTo("Wrong passphrase for the project in " + dir
                + ". Check it and try again (passphrases are case-sensitive).\n");
        // no variable and no console (as under a test runner or a pipe): say how to give it
        CliRun none = CliRun.withEnv(Map.of(), "-p", dir.toString(), "sources", "list");
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.err()).isEqualTo("No console to ask for the passphrase: set the environment variable TEMATIK_PASSPHRASE.\n");

        Path file = tmp.resolve("rahasia.zip");
        assertThat(CliRun.withEnv(ENV, "-p", dir.toString(), "backup", "-o", file.toString()).exit()).isZero();
        CliRun badRestore = CliRun.withEnv(Map.of("TEMATIK_PASSPHRASE", "not-the-passphrase"), "restore", file.toString(),
                tmp.resolve("r1").toString());
        assertThat(badRestore.exit()).isEqualTo(1);
        assertThat(badRestore.err()).startsWith("Wrong passphrase");
        assertThat(CliRun.withEnv(ENV, "restore", file.toString(), tmp.resolve("r1").toString()).exit()).isZero();

        String next = "kerja-sama-baru";
        CliRun change = CliRun.withEnv(Map.of("TEMATIK_PASSPHRASE", PASS, "TEMATIK_NEW_PASSPHRASE", next),
                "-p", dir.toString(), "passphrase", "change");
        assertThat(change.exit()).as("%s", change).isZero();
        assertThat(CliRun.withEnv(ENV, "-p", dir.toString(), "sources", "list").exit()).isEqualTo(1);
        assertThat(CliRun.withEnv(Map.of("TEMATIK_PASSPHRASE", next), "-p", dir.toString(), "audit", "verify").exit()).isZero();

        CliRun plain = CliRun.withEnv(ENV, "-p", BaseProject.create(tmp).toString(), "passphrase", "change");
        assertThat(plain.exit()).isEqualTo(1);
        assertThat(plain.err()).contains("is not encrypted");
    }

    @Test
    void thePassphraseIsNeitherLoggedNorWrittenByTheRealLauncher() throws Exception {
        Path home = tmp.resolve("home");
        Path dir = tmp.resolve("studi");
        assertThat(tematik(home, PASS, "--user", "ayu", "init", "--encrypt", dir.toString())).isZero();
        assertThat(tematik(home, PASS, "--debug", "-p", dir.toString(), "codes", "add", "anggaran")).isZero();
        assertThat(tematik(home, "wrong-passphrase", "--debug", "-p", dir.toString(), "codes", "list")).isEqualTo(1);
        assertThat(tematik(home, PASS, "-p", dir.toString(), "backup", "-o", tmp.resolve("b.zip").toString())).isZero();
        List<Path> files;
        try (Stream<Path> all = Stream.concat(Files.walk(home), Files.walk(tmp))) {
            files = all.filter(Files::isRegularFile).distinct().toList();
        }
        assertThat(files).anyMatch(f -> f.getFileName().toString().equals("tematik.log"));
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            assertThat(text).as("%s", f).doesNotContain(PASS).doesNotContain("wrong-passphrase");
        }
    }

    private int tematik(Path home, String passphrase, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dtematik.home=" + home, Main.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(tmp.resolve("out.txt").toFile())
                .redirectError(tmp.resolve("err.txt").toFile());
        pb.environment().put("TEMATIK_PASSPHRASE", passphrase);
        Process p = pb.start();
        p.getOutputStream().close();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }
}
