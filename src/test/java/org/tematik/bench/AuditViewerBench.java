package org.tematik.bench;

import java.nio.file.Files;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.tematik.core.audit.AuditFilter;
import org.tematik.core.audit.AuditTrail;
import org.tematik.core.coding.Coding;
import org.tematik.core.storage.CoderDao;
import org.tematik.core.storage.CodingDao;
import org.tematik.core.storage.Database;
import org.tematik.core.util.Json;
import org.tematik.core.export.AuditExporter;
import org.tematik.core.project.Project;

/**
 * Measures the audit viewer's queries, verification (chain + reconciliation) and exports on a trail of
 * N coding events (plus every 10th removed). Not a test: run by hand, see docs/performance.md.
 * Usage: AuditViewerBench [events] [project dir, reused when it exists] [quick = no exports]
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
            if (args.length > 2 && args[2].equals("quick")) {
                return;
            }
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

    /**
     * The project, its source and codes are made through the services; the N coding events are then
     * appended the way CommandStack does (AuditTrail.append + the coding row, same transaction), in
     * batches, because N commits one by one take far longer than the measurements. Every 10th coding
     * is removed again. The result is a valid chain that reconciles with the tables.
     */
    private static void build(Path dir, int events) throws Exception {
        long t0 = System.nanoTime();
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 1_500_000; i++) {
            text.append("Paragraph ").append(i).append(": Koordinasi dengan pusat sangat lambat; the mayor changed.\n");
        }
        UUID source;
        UUID[] codes = new UUID[20];
        try (Project alice = Project.init(dir, "bench", "alice")) {
            Path file = dir.getParent().resolve("transcript.txt");
            Files.writeString(file, text);
            source = alice.sources().importFile(file, "interview", "interview").source().id();
            for (int i = 0; i < codes.length; i++) {
                codes[i] = alice.codebook().add("Code " + i, null, "definition " + i, null).id();
            }
        }
        Database db = Database.open(dir);
        try {
            AuditTrail trail = new AuditTrail(db.jdbi());
            Random random = new Random(7);
            int batch = 5_000;
            for (int done = 0; done < events; done += batch) {
                int from = done;
                db.jdbi().useTransaction(h -> {
                    for (int n = from; n < Math.min(events, from + batch); n++) {
                        String coder = n % 3 == 0 ? "bob" : "alice";
                        UUID coderId = h.attach(CoderDao.class).ensure(coder, Instant.now());
                        int start = random.nextInt(text.length() - 200);
                        int end = start + 20 + random.nextInt(150);
                        int code = random.nextInt(codes.length);
                        UUID id = UUID.randomUUID();
                        Map<String, Object> state = new LinkedHashMap<>();
                        state.put("source", source);
                        state.put("sourceName", "transcript");
                        state.put("code", codes[code]);
                        state.put("codeName", "Code " + code);
                        state.put("start", start);
                        state.put("end", end);
                        state.put("coder", coder);
                        state.put("memo", null);
                        Instant now = Instant.now();
                        h.attach(CodingDao.class).insert(new Coding(id, source, codes[code], start, end, coder, now), coderId);
                        Map<String, Object> data = new LinkedHashMap<>();
                        data.put("before", null);
                        data.put("after", state);
                        trail.append(h, now, coder, "coding.add", "coding", id.toString(),
                                "Coded '" + text.substring(start, Math.min(end, start + 60)) + "' in 'transcript' as 'Code " + code + "'",
                                Json.write(data));
                        if (n % 10 == 9) {
                            h.attach(CodingDao.class).delete(id);
                            Map<String, Object> removed = new LinkedHashMap<>();
                            removed.put("before", state);
                            removed.put("after", null);
                            trail.append(h, now, coder, "coding.remove", "coding", id.toString(), "Removed coding", Json.write(removed));
                        }
                    }
                });
            }
        } finally {
            db.close();
        }
        System.out.printf("built %d coding events (+ removals) in %.1f s%n", events, (System.nanoTime() - t0) / 1e9);
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
