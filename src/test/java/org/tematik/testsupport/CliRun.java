package org.tematik.testsupport;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tematik.cli.TematikCli;

/** Runs the CLI in-process and keeps what it printed. */
public record CliRun(int exit, String out, String err) {

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = TematikCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** Runs with {@code -p dir --user user} in front of the given arguments. */
    public static CliRun in(java.nio.file.Path dir, String user, String... args) {
        List<String> all = new ArrayList<>(List.of("-p", dir.toString(), "--user", user));
        all.addAll(Arrays.asList(args));
        return of(all.toArray(String[]::new));
    }

    /** Runs with the given environment variables instead of the real ones (for TEMATIK_PASSPHRASE). */
    public static CliRun withEnv(java.util.Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = TematikCli.run(args, new PrintWriter(out), new PrintWriter(err), env::get);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** The non-empty lines of stderr. */
    public List<String> errLines() {
        return err.lines().filter(l -> !l.isBlank()).toList();
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- out ---\n" + out + "\n--- err ---\n" + err;
    }
}
