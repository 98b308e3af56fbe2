package org.tematik.core.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import org.tematik.core.project.Project;

/**
 * Times export, import and merge on a generated project (default 200 sources, 20,000 codings). Not a test:
 * run by hand (see docs/performance.md, "REFI-QDA exchange"); each step is timed once, after one warm-up round.
 */
public final class ExchangeBench {
    private ExchangeBench() {
    }

    public static void main(String[] args) throws Exception {
        int sources = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int perSource = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Path root = Files.createTempDirectory("tematik-exchange-bench");
        round(root.resolve("warmup"), 20, 50, false);
        round(root.resolve("run"), sources, perSource, true);
    }

    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static void round(Path dir, int sources, int perSource, boolean print) throws Exception {
        long[] c = new long[6];
        c[0] = cpu();
        long t0 = System.nanoTime();
        int codings;
        try (Project p = Project.init(dir.resolve("a"), "bench", "alice")) {
            codings = ExchangeFixtures.rich(p, sources, perSource, 1, 40).codings().size();
        }
        long t1 = System.nanoTime();
        c[1] = cpu();
        Path qdpx = dir.resolve("a.qdpx");
        try (Project p = Project.open(dir.resolve("a"), "alice")) {
            p.exchange().exportQdpx(qdpx);
        }
        long t2 = System.nanoTime();
        c[2] = cpu();
        ExchangeReport imported = ExchangeService.importProject(qdpx, dir.resolve("b"), "carol");
        long t3 = System.nanoTime();
        c[3] = cpu();
        try (Project p = Project.open(dir.resolve("b"), "carol")) {
            p.undo(); // empty project again: the next merge adds everything back as one change
        }
        long t4 = System.nanoTime();
        c[4] = cpu();
        ExchangeReport merged;
        try (Project p = Project.open(dir.resolve("b"), "carol")) {
            merged = p.exchange().merge(dir.resolve("a"));
        }
        long t5 = System.nanoTime();
        c[5] = cpu();
        if (print) {
            System.out.printf("project: %d sources, %d codings, %.1f MB .qdpx%n", sources, codings, Files.size(qdpx) / 1e6);
            System.out.printf("generate (one batch command): %d ms (cpu %d ms)%n", (t1 - t0) / 1_000_000, (c[1] - c[0]) / 1_000_000);
            System.out.printf("export qdpx:                 %d ms (cpu %d ms)%n", (t2 - t1) / 1_000_000, (c[2] - c[1]) / 1_000_000);
            System.out.printf("import-project:              %d ms (cpu %d ms, %d codings)%n", (t3 - t2) / 1_000_000,
                    (c[3] - c[2]) / 1_000_000, imported.addedCount("codings"));
            System.out.printf("undo of the import:          %d ms (cpu %d ms)%n", (t4 - t3) / 1_000_000, (c[4] - c[3]) / 1_000_000);
            System.out.printf("merge project folder:        %d ms (cpu %d ms, %d codings)%n", (t5 - t4) / 1_000_000,
                    (c[5] - c[4]) / 1_000_000, merged.addedCount("codings"));
            System.out.println("losses: " + imported.losses() + " notes: " + imported.notes());
        }
    }
}
