package org.tematik.core.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.tematik.core.project.Project;
import org.tematik.core.source.ImportOptions;
import org.tematik.core.source.ImportOutcome;
import org.tematik.core.source.importer.ImportLimits;

/**
 * Imports the benchmark corpus into fresh projects (H2 included) and, where installed, runs the peers
 * (pdftotext, pdfminer.six's pdf2txt, python-docx) on the same files. Returns the figures; the CLI prints them.
 */
public final class ImportBenchmark {

    /**
     * One measured run: what, how long, how many characters (all, and visible ones: not white space, which
     * is what the peers are compared on), the heap (pool peaks, an upper bound that counts uncollected
     * garbage, and the most still in use after a collection, what the run needed), and the peers' times.
     */
    public record Result(String name, int files, double seconds, long chars, long visibleChars, long peakHeapBytes,
                         long liveHeapBytes, List<Peer> peers) {
        public double charsPerSecond() {
            return chars / seconds;
        }
    }

    /** A peer tool on the same input: seconds and visible characters it extracted (-1 when it failed). */
    public record Peer(String tool, double seconds, long visibleChars) {
    }

    private final Path workDir;
    private final BenchCorpus corpus;

    public ImportBenchmark(Path workDir) {
        this.workDir = workDir;
        this.corpus = new BenchCorpus(workDir.resolve("corpus"));
    }

    /**
     * The long PDF is imported {@code pdfRuns} times, each into a new project: the first shows a JVM that has only
     * imported small files so far, the later ones a working session's (the JIT has compiled the PDF path).
     * pdftotext runs beside each; pdfminer.six (tens of seconds) beside the last only.
     */
    public List<Result> run(int pdfPages, int pdfRuns, int docxPages, int smallFiles, int jobs)
            throws IOException, InterruptedException {
        warmUp();
        List<Result> results = new ArrayList<>();
        Path pdf = corpus.bigPdf(pdfPages);
        for (int i = 1; i <= pdfRuns; i++) {
            List<Peer> peers = new ArrayList<>(List.of(peer("pdftotext", pdf, "pdftotext", "-enc", "UTF-8", pdf.toString(), "-")));
            if (i == pdfRuns) {
                peers.add(peer("pdfminer.six (pdf2txt)", pdf, pdf2txt(), pdf.toString()));
            }
            results.add(measure("PDF, " + pdfPages + " pages" + (pdfRuns > 1 ? ", import " + i + " of " + pdfRuns : ""),
                    List.of(pdf), 1, peers));
        }
        Path docx = corpus.bigDocx(docxPages);
        results.add(measure("DOCX, " + docxPages + " pages", List.of(docx), 1,
                List.of(peer("python-docx", docx, python(), "-c", PYTHON_DOCX, docx.toString()))));
        Path folder = corpus.smallDocxFolder(smallFiles);
        List<Path> small;
        try (var files = Files.list(folder)) {
            small = files.sorted().toList();
        }
        List<String> args = new ArrayList<>(List.of(python(), "-c", PYTHON_DOCX));
        small.forEach(p -> args.add(p.toString()));
        results.add(measure(smallFiles + " small DOCX, --jobs " + jobs, small, jobs,
                List.of(peer("python-docx", folder, args.toArray(String[]::new)))));
        return results;
    }

    /** Imports small files of each kind first, so the figures are of a warmed-up JVM, as in a working session. */
    private void warmUp() throws IOException {
        measure("warm-up", List.of(corpus.bigPdf(100), corpus.bigDocx(50)), 1, List.of());
    }

    private static final String PYTHON_DOCX = "import sys, docx\n"
            + "print(sum(len(''.join(p.text.split())) for f in sys.argv[1:] for p in docx.Document(f).paragraphs))";

    private Result measure(String name, List<Path> files, int jobs, List<Peer> peers) throws IOException {
        Path projectDir = Files.createTempDirectory(workDir, "project");
        try (Project project = Project.init(projectDir, "bench", "bench")) {
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            List<ImportOutcome> outcomes;
            long live;
            try (LiveHeap heap = new LiveHeap()) {
                outcomes = project.sources().importFiles(files,
                        new ImportOptions("other", null, null, null, jobs, ImportLimits.DEFAULT), o -> { }, () -> false);
                live = heap.peakAfterGc();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = peakHeap();
            long chars = 0;
            long visible = 0;
            for (ImportOutcome o : outcomes) {
                if (o.status() != ImportOutcome.Status.IMPORTED) {
                    throw new IllegalStateException("benchmark file did not import: " + o.file() + ": " + o.message());
                }
                chars += o.source().chars();
                visible += visible(project.sources().text(o.source().id()));
            }
            return new Result(name, files.size(), seconds, chars, visible, peak, live, peers);
        }
    }

    /** The first Python that has python-docx (Debian's python3-docx serves /usr/bin/python3, not a pyenv one). */
    private static String python() {
        for (String candidate : List.of("python3", "/usr/bin/python3")) {
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import docx").redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return candidate;
                }
            } catch (IOException e) {
                // not there: try the next
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return "python3";
    }

    private static String pdf2txt() {
        for (String candidate : List.of("pdf2txt", "pdf2txt.py")) {
            if (onPath(candidate)) {
                return candidate;
            }
        }
        return "pdf2txt";
    }

    /** Runs a peer if its program is installed; counts the characters it printed (what it extracted). */
    private Peer peer(String tool, Path input, String... command) throws IOException, InterruptedException {
        if (!onPath(command[0])) {
            return new Peer(tool + " (not installed)", -1, -1);
        }
        Path out = Files.createTempFile(workDir, "peer", ".txt");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        boolean done = p.waitFor(30, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!done || p.exitValue() != 0) {
            p.destroyForcibly();
            return new Peer(tool + " (failed)", seconds, -1);
        }
        String text = Files.readString(out);
        Files.delete(out);
        long chars = command[1].equals("-c") ? Long.parseLong(text.strip()) : visible(text);
        return new Peer(tool, seconds, chars);
    }

    private static long visible(String text) {
        return text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
    }

    private static boolean onPath(String program) {
        if (program.startsWith("/")) {
            return Files.isExecutable(Path.of(program));
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap in use at any moment of the run. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
