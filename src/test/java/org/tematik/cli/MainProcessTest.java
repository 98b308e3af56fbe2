package org.tematik.cli;

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
import org.tematik.Main;
import org.tematik.testsupport.ChildJvm;
import org.tematik.testsupport.HoldProjectOpen;

/**
 * The real launcher in a real process: exit codes through System.exit, and a terminal's stderr that holds
 * only the one clear line (library logging goes to the log file in the data folder, not the terminal).
 */
class MainProcessTest {
    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
    }

    private Run tematik(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dtematik.home=" + tmp.resolve("home"), Main.class.getName()));
        cmd.addAll(List.of(args));
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        p.getOutputStream().close();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("tematik %s finished", String.join(" ", args)).isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void exitCodesAndCleanStderrFromTheRealLauncher() throws Exception {
        Path dir = tmp.resolve("studi");
        Run init = tematik("init", dir.toString(), "--name", "Studi", "--user", "alice");
        assertThat(init.exit()).as("%s", init).isZero();
        assertThat(init.out()).isEqualTo("Created project 'Studi' in " + dir + "\n");
        assertThat(init.err()).isEmpty();

        Run bad = tematik("-p", dir.toString(), "--user", "alice", "code", "--source", "nope", "--code", "x",
                "--start", "0", "--end", "1");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err()).isEqualTo("There is no source named 'nope'. Check the name with 'sources list', or give its id.\n");

        Run usage = tematik("-p", dir.toString(), "codes", "list", "--bogus");
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.err()).startsWith("Unknown option: '--bogus'");

        ChildJvm holder = ChildJvm.start(HoldProjectOpen.class, tmp.resolve("holder.err"), dir.toString());
        try {
            assertThat(holder.nextLine(60)).as(holder.stderr()).isEqualTo("ready Studi");
            Run locked = tematik("-p", dir.toString(), "--user", "bob", "audit", "verify");
            assertThat(locked.exit()).isEqualTo(1);
            assertThat(locked.out()).isEmpty();
            assertThat(locked.err()).isEqualTo("Project " + dir + " is open in another Tematik window or process. "
                    + "Close it there, then try again.\n");
        } finally {
            holder.close();
        }

        new org.h2.tools.Shell().runTool("-url", "jdbc:h2:file:" + dir.resolve("project"), "-user", "sa",
                "-password", "", "-sql", "UPDATE audit_events SET coder='mallory' WHERE seq=1");
        Run verify = tematik("-p", dir.toString(), "audit", "verify");
        assertThat(verify.exit()).isEqualTo(1);
        assertThat(verify.err()).isEqualTo("audit trail broken at event 1: its content was changed after it was written.\n");
    }
}
