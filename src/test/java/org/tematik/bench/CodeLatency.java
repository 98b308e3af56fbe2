package org.tematik.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import org.tematik.core.audit.Verification;
import org.tematik.core.project.Project;
import org.tematik.core.source.Source;

/**
 * Measures `code` end to end through the service, command stack, audit append and commit, on a real
 * H2 file. Not a test (no assertions on time): run it by hand, see docs/performance.md. The full
 * benchmark suite (`tematik bench`) replaces it.
 */
public final class CodeLatency {
    private CodeLatency() {
    }

    public static void main(String[] args) throws Exception {
        int codings = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int warmup = Math.min(200, codings / 4);
        Path dir = Files.createTempDirectory("tematik-bench");
        try (Project project = Project.init(dir.resolve("project"), "bench", "bench")) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; text.length() < 1_500_000; i++) {
                text.append("Paragraph ").append(i).append(": Koordinasi dengan pusat sangat lambat; the mayor changed.\n");
            }
            Path file = dir.resolve("transcript.txt");
            Files.writeString(file, text);
            Source source = project.sources().importFile(file, "interview", "interview").source();
            UUID code = project.codebook().add("Central coordination", null, null, null).id();
            long[] nanos = new long[codings];
            for (int i = 0; i < codings; i++) {
                long start = System.nanoTime();
                project.codings().code(source.id(), code, i * 37, i * 37 + 25, null);
                nanos[i] = System.nanoTime() - start;
            }
            long[] measured = Arrays.copyOfRange(nanos, warmup, codings);
            Arrays.sort(measured);
            System.out.printf("code: %d codings on a %,d-character source (after %d warm-up): median %.2f ms, p95 %.2f ms, max %.2f ms%n",
                    measured.length, text.length(), warmup, ms(measured[measured.length / 2]),
                    ms(measured[(int) (measured.length * 0.95)]), ms(measured[measured.length - 1]));
            long start = System.nanoTime();
            Verification v = project.audit().verify();
            System.out.printf("audit verify: %d events, intact=%s, %.1f ms%n", v.events(), v.isIntact(), ms(System.nanoTime() - start));
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
