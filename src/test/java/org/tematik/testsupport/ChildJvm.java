package org.tematik.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real second JVM running a test-support main class on the test classpath. Its stdout is read
 * line by line on a daemon thread; stderr goes to a file for diagnosis.
 */
public final class ChildJvm implements AutoCloseable {
    private static final String EOF = "\u0000EOF";

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Path errLog;

    private ChildJvm(Process process, Path errLog) {
        this.process = process;
        this.errLog = errLog;
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process was killed
            } finally {
                lines.add(EOF);
            }
        }, "child-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    public static ChildJvm start(Class<?> mainClass, Path errLog, String... args) throws IOException {
        return start(mainClass, errLog, List.of(), args);
    }

    /** With extra JVM options (such as -Duser.timezone=...) before the main class. */
    public static ChildJvm start(Class<?> mainClass, Path errLog, List<String> jvmOptions, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.addAll(jvmOptions);
        cmd.add(mainClass.getName());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(errLog.toFile()).start();
        return new ChildJvm(p, errLog);
    }

    /** The next line the child printed, or null if it ended or printed nothing for {@code seconds}. */
    public String nextLine(long seconds) throws InterruptedException {
        String line = lines.poll(seconds, TimeUnit.SECONDS);
        if (line == null || EOF.equals(line)) {
            if (EOF.equals(line)) {
                lines.add(EOF); // stay at the end
            }
            return null;
        }
        return line;
    }

    public Process process() {
        return process;
    }

    /** What the child wrote to stderr so far, for assertion messages. */
    public String stderr() {
        try {
            return java.nio.file.Files.readString(errLog);
        } catch (IOException e) {
            return "(no stderr: " + e + ")";
        }
    }

    /** SIGKILL on Linux; waits (bounded) until the process is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        try {
            process.getOutputStream().close(); // a child waiting on stdin ends by itself
        } catch (IOException ignored) {
            // already gone
        }
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
