package org.tematik.core.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.tematik.core.matrix.MatrixSpec;
import org.tematik.core.search.SearchLanguage;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.tematik.core.audit.Verification;
import org.tematik.core.codebook.CodeNode;
import org.tematik.core.project.Project;
import org.tematik.core.source.Source;
import org.tematik.core.storage.Database;

/**
 * {@code bench run}: times the everyday operations on a (generated) project in one JVM after warm-up,
 * opens it in fresh JVMs for the cold start, and reads heap (memory pool beans) and size on disk.
 * Note that timing adding and undoing codings appends their events to the project's audit trail.
 */
public final class ProjectBenchmark {
    /** The line a child JVM prints with its open time in nanoseconds (see {@link #openForWork}). */
    public static final String COLD_LINE = "tematik-bench-open-nanos=";

    /** Wall-clock median, p95 and max; and the median CPU time of the measuring thread. */
    public record Figure(String name, double targetMillis, int runs, double medianMillis, double p95Millis, double maxMillis,
                         double cpuMedianMillis) {
        public boolean met() {
            return medianMillis < targetMillis;
        }
    }

    /** Fresh JVMs opening the project: median time to ready (inside the JVM) and of the whole process. */
    public record ColdStart(int runs, double openMillis, double processMillis) {
    }

    /** Heap: the JVM's maximum, the sum of pool peaks (counts garbage not yet collected), the most in use after a GC. */
    public record Heap(long maxBytes, long poolPeakBytes, long liveAfterGcBytes) {
    }

    /** Bytes on disk: the database, the originals folder, everything else; and the source text in code points. */
    public record Disk(long databaseBytes, long originalsBytes, long otherBytes, long textChars) {
        /** What the project keeps besides the originals, per character of source text. */
        public double overheadRatio() {
            return (double) (databaseBytes + otherBytes) / Math.max(1, textChars);
        }
    }

    public record Counts(int sources, long chars, int codes, long codings, long events) {
    }

    public record Report(Counts counts, List<Figure> figures, ColdStart coldStart, Heap heap, Disk disk) {
    }

    private ProjectBenchmark() {
    }

    /** Matrix columns measured in turn: each run builds one of them (design targets: matrix < 300 ms, search < 150 ms). */
    private static final List<String> MATRIX_COLUMNS = List.of("source-type", "method", "case", "coder", "source");
    /** Searches measured in turn: a word, a phrase, a boolean, a wildcard and a proximity query; the first 200 hits. */
    private static final List<String> QUERIES = List.of("koordinasi", "\"kerja sama\"", "anggaran AND pusat", "koordin*",
            "\"pemerintah daerah\"~3");

    /** The measurements of the benchmark issue, with the matrix and search ones of the analysis issue. */
    public static List<Measurement> standard() {
        List<Measurement> list = new ArrayList<>();
        list.add(Measurement.timed("open (CLI ready)", 1500, 2, 10, (s, i) -> {
            s.closeProject();
            s.project();
        }));
        list.add(Measurement.timed("open (GUI model ready)", 1500, 2, 10, (s, i) -> {
            s.closeProject();
            openForWork(s.project());
        }));
        list.add(new Measurement("add one coding", 10, 30, 200, (s, i) -> {
            BenchSession.Passage p = s.randomPassage();
            UUID code = s.codedCodes().get(s.random().nextInt(s.codedCodes().size()));
            Measurement.Sample t = Measurement.time(() -> s.project().codings().code(p.sourceId(), code, p.start(), p.end(), null));
            s.project().undo();
            return t;
        }));
        list.add(new Measurement("undo one coding", 10, 30, 200, (s, i) -> {
            BenchSession.Passage p = s.randomPassage();
            UUID code = s.codedCodes().get(s.random().nextInt(s.codedCodes().size()));
            s.project().codings().code(p.sourceId(), code, p.start(), p.end(), null);
            return Measurement.time(() -> s.project().undo());
        }));
        list.add(Measurement.timed("list codings of one code", 50, 3, 30, (s, i) -> {
            List<UUID> codes = s.codedCodes();
            s.project().codings().list(codes.get(i % codes.size()).toString(), null);
        }));
        list.add(Measurement.timed("matrix (codes x one dimension)", 300, 5, 25, (s, i) ->
                s.project().matrix().build(MatrixSpec.of(MATRIX_COLUMNS.get(i % MATRIX_COLUMNS.size())))));
        list.add(Measurement.timed("search (first 200 hits)", 150, 5, 25, (s, i) ->
                s.project().search().search(QUERIES.get(i % QUERIES.size()), SearchLanguage.INDONESIAN, 200)));
        list.add(Measurement.timed("audit verify", 3000, 1, 5, (s, i) -> {
            Verification v = s.project().audit().verify();
            if (!v.isIntact()) {
                throw new IllegalStateException("the audit trail is broken at event " + v.brokenSeq());
            }
        }));
        return list;
    }

    /** What the main window loads on opening a project: name, source list, codebook, undo/redo labels. */
    public static void openForWork(Project project) {
        project.name();
        project.sources().list();
        project.codebook().tree();
        project.history().nextUndoSummary(project.coder());
        project.history().nextRedoSummary(project.coder());
    }

    public static Report run(Path dir, String coder, List<Measurement> measurements, int coldRuns) throws Exception {
        resetPeaks();
        try (LiveHeap live = new LiveHeap(); BenchSession session = new BenchSession(dir.toAbsolutePath(), coder)) {
            Counts counts = counts(session);
            Disk disk = disk(session.dir(), counts.chars());
            session.closeProject(); // the children need the file lock
            ColdStart cold = coldStart(session.dir(), coder, coldRuns);
            List<Figure> figures = new ArrayList<>();
            for (Measurement m : measurements) {
                figures.add(measure(session, m));
            }
            Heap heap = new Heap(Runtime.getRuntime().maxMemory(), poolPeaks(), live.peakAfterGc());
            return new Report(counts, figures, cold, heap, disk);
        }
    }

    private static Figure measure(BenchSession session, Measurement m) throws Exception {
        for (int i = 0; i < m.warmUps(); i++) {
            m.probe().run(session, i);
        }
        long[] nanos = new long[m.runs()];
        long[] cpu = new long[m.runs()];
        for (int i = 0; i < m.runs(); i++) {
            Measurement.Sample sample = m.probe().run(session, m.warmUps() + i);
            nanos[i] = sample.wallNanos();
            cpu[i] = sample.cpuNanos();
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        return new Figure(m.name(), m.targetMillis(), m.runs(), median(nanos) / 1e6, percentile(nanos, 95) / 1e6,
                nanos[nanos.length - 1] / 1e6, median(cpu) / 1e6);
    }

    private static Counts counts(BenchSession session) {
        Project project = session.project();
        List<Source> sources = project.sources().list();
        List<CodeNode> tree = project.codebook().tree();
        return new Counts(sources.size(), sources.stream().mapToLong(Source::chars).sum(), tree.size(),
                tree.stream().mapToLong(CodeNode::codings).sum(), project.audit().count());
    }

    static Disk disk(Path dir, long textChars) throws IOException {
        long database = Files.size(dir.resolve(Database.FILE_NAME));
        long originals = size(dir.resolve(Project.SOURCES_DIR));
        return new Disk(database, originals, size(dir) - database - originals, textChars);
    }

    private static long size(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    /** Runs {@code tematik bench open DIR} in fresh JVMs with this JVM's heap settings. */
    private static ColdStart coldStart(Path dir, String coder, int runs) throws IOException, InterruptedException {
        if (runs <= 0) {
            return new ColdStart(0, Double.NaN, Double.NaN);
        }
        long[] open = new long[runs];
        long[] process = new long[runs];
        for (int i = 0; i < runs; i++) {
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                    .filter(a -> a.startsWith("-Xmx") || a.startsWith("-Xms") || a.startsWith("-XX:")).forEach(cmd::add);
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.tematik.Main", "--user=" + coder,
                    "bench", "open", dir.toString()));
            long start = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0 || !out.contains(COLD_LINE)) {
                p.destroyForcibly();
                throw new IllegalStateException("the cold-start JVM failed: " + out.strip());
            }
            process[i] = System.nanoTime() - start;
            String line = out.lines().filter(l -> l.startsWith(COLD_LINE)).findFirst().orElseThrow();
            open[i] = Long.parseLong(line.substring(COLD_LINE.length()).strip());
        }
        Arrays.sort(open);
        Arrays.sort(process);
        return new ColdStart(runs, median(open) / 1e6, median(process) / 1e6);
    }

    static double median(long[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long poolPeaks() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
