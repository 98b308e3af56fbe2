package org.tematik;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged target/tematik.jar as a user would (`java -jar`), in child processes:
 * the manifest class path, exit codes, and tamper detection through H2's own Shell.
 */
class JarIT {
    private static final Path JAR = Path.of("target", "tematik.jar");

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    @Test
    void aNewUsersSessionFromTheCommandLine() throws Exception {
        Path project = dir.resolve("study");
        Path transcript = dir.resolve("Interview 01.txt");
        Files.writeString(transcript, "Interviewer: Why was the MoU late?\nOfficial: Koordinasi pusat 😀 lambat.\n");
        Path scan = dir.resolve("scan.pdf");
        Files.write(scan, new byte[] {1, 2, 3});

        assertThat(tematik("--version").out()).startsWith("Tematik ");
        assertThat(tematik("init", project.toString(), "--name", "Sister cities").exit()).isZero();
        Run imported = tematik("-p", project.toString(), "import", transcript.toString(), scan.toString(), "--source-type", "interview");
        assertThat(imported.exit()).isEqualTo(1);
        assertThat(imported.out()).contains("imported  ").contains("failed    " + scan).contains("1 imported, 0 skipped as duplicates, 1 failed");
        assertThat(tematik("-p", project.toString(), "codes", "add", "Central coordination").exit()).isZero();
        Run coded = tematik("-p", project.toString(), "--user", "ayu", "code", "--source", "Interview 01",
                "--code", "Central coordination", "--start", "45", "--end", "63", "--memo", "slow approvals");
        assertThat(coded.exit()).as(coded.err()).isZero();
        assertThat(tematik("-p", project.toString(), "codings", "list", "--json").out())
                .contains("\"text\" : \"Koordinasi pusat 😀\"").contains("\"coder\" : \"ayu\"");
        assertThat(tematik("-p", project.toString(), "--user", "ayu", "undo").out()).startsWith("Undo: Coded");
        assertThat(tematik("-p", project.toString(), "--user", "ayu", "redo").exit()).isZero();
        assertThat(tematik("-p", project.toString(), "audit", "verify").out()).isEqualTo("audit trail intact: 6 events\n");

        Run outside = tematik("-p", project.toString(), "code", "--source", "Interview 01", "--code", "Central coordination",
                "--start", "10", "--end", "9999");
        assertThat(outside.exit()).isEqualTo(1);
        assertThat(outside.err()).contains("outside source 'Interview 01'").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(tematik("-p", project.toString(), "code", "--source", "Interview 01").exit()).isEqualTo(2);

        Run shell = run(List.of(java(), "-cp", h2Jar(), "org.h2.tools.Shell", "-url", "jdbc:h2:file:" + project.resolve("project"),
                "-user", "sa", "-password", "", "-sql", "UPDATE audit_events SET coder = 'someone else' WHERE seq = 4"));
        assertThat(shell.exit()).as(shell.err()).isZero();
        Run verify = tematik("-p", project.toString(), "audit", "verify");
        assertThat(verify.exit()).isEqualTo(1);
        assertThat(verify.err()).startsWith("audit trail broken at event 4:");
    }

    private Run tematik(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return run(command);
    }

    private Run run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("TEMATIK_HOME", dir.resolve("home").toString());
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished: " + command).isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String h2Jar() throws IOException {
        try (var libs = Files.list(Path.of("target", "lib"))) {
            return libs.filter(p -> p.getFileName().toString().startsWith("h2-")).findFirst().orElseThrow().toString();
        }
    }
}
