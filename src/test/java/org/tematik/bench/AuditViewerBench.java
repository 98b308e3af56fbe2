package org.tematik.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.tematik.core.audit.AuditFilter;
import org.tematik.core.export.AuditExporter;
import org.tematik.core.project.Project;
import org.tematik.core.util.UserException;

/**
 * Measures the audit viewer's queries, verification (chain + reconciliation) and exports on a trail of
 * N coding events made through the real command stack. Not a test: run by hand, see docs/performance.md.
 * Usage: AuditViewerBench [events] [existing project dir to reuse]
 */
public final class AuditViewerBench {
    private AuditViewerBench() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("tematik-audit-bench").resolve("project");
        if (!Project.exists(dir)) {
            build(dir, events);
        }
        try (Project p = Project.open(dir, "supervisor")) {
            var browser = p.supervision().browser();
            System.out.printf("events in trail: %d%n", p.audit().count());
            List<Long> all = time("matching seqs, no filter", () -> browser.matching(AuditFilter.ALL));
            time("page of 200 in the middle", () -> browser.page(all.get(all.size() / 2), all.get(all.size() / 2 + 199), AuditFilter.ALL));
            time("matching, coder filter", () -> browser.matching(AuditFilter.since(null, "bob")));
            UUID code = p.codebook().tree().get(3).code().id();
            time("matching, code filter", () -> browser.matching(new AuditFilter(null, null, code, null, null, null, null)));
            time("matching, text filter 'mayor'", () -> browser.matching(AuditFilter.ALL.withText("mayor")));
            time("matching, action filter", () -> browser.matching(new AuditFilter(null, "coding.remove", null, null, null, null, null)));
            time("verify chain", () -> p.audit().verify());
            time("reconcile", () -> p.supervision().reconciler().reconcile().size());
            time("coder activity", () -> p.supervision().activity().of(AuditFilter.ALL).size());
            Path out = dir.getParent();
            for (AuditExporter.Format f : AuditExporter.Format.values()) {
                time("export " + f, () -> p.supervision().exporter().export(f, AuditFilter.ALL, out.resolve("trail." + f), p.name(), "x"));
            }
            time("verify exported csv", () -> org.tematik.core.export.AuditCsv.verify(out.resolve("trail.csv")).events());
            Runtime rt = Runtime.getRuntime();
            System.gc();
            System.out.printf("heap used after GC: %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
        }
    }

    private static void build(Path dir, int events) throws Exception {
        long t0 = System.nanoTime();
        try (Project alice = Project.init(dir, "bench", "alice"); Project bob = Project.open(dir, "bob")) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; text.length() < 1_500_000; i++) {
                text.append("Paragraph ").append(i).append(": Koordinasi dengan pusat sangat lambat; the mayor changed.\n");
            }
            Path file = dir.getParent().resolve("transcript.txt");
            Files.writeString(file, text);
            UUID source = alice.sources().importFile(file, "interview", "interview").source().id();
            UUID[] codes = new UUID[20];
            for (int i = 0; i < codes.length; i++) {
                codes[i] = alice.codebook().add("Code " + i, null, "definition " + i, null).id();
            }
            Random random = new Random(7);
            for (int n = 0; n < events; n++) {
                Project who = n % 3 == 0 ? bob : alice;
                int start = random.nextInt(text.length() - 200);
                try {
                    UUID id = who.codings().code(source, codes[random.nextInt(codes.length)], start, start + 20 + random.nextInt(150), null);
                    if (n % 10 == 9) {
                        who.codings().remove(id);
                    }
                } catch (UserException duplicate) {
                    // the same span twice: skip
                }
            }
        }
        System.out.printf("built %d events in %.1f s%n", events, (System.nanoTime() - t0) / 1e9);
    }

    private static <T> T time(String what, Callable<T> work) throws Exception {
        long t0 = System.nanoTime();
        T result = work.call();
        long t1 = System.nanoTime();
        T again = work.call();
        long t2 = System.nanoTime();
        System.out.printf("%-32s first %7.1f ms, again %7.1f ms%s%n", what, (t1 - t0) / 1e6, (t2 - t1) / 1e6,
                again instanceof List<?> l ? "  (" + l.size() + " rows)" : "");
        return result;
    }
}
