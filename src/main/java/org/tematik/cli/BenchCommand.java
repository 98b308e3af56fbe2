package org.tematik.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tematik.core.bench.ImportBenchmark;
import org.tematik.core.bench.ProjectBenchmark;
import org.tematik.core.bench.ProjectGenerator;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.core.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", description = "Measure Tematik's speed (see docs/performance.md).",
        subcommands = {BenchCommand.Import.class, BenchCommand.Generate.class, BenchCommand.Run.class, BenchCommand.Open.class,
                BenchSuggestCommand.class})
final class BenchCommand {

    @Command(name = "generate", description = "Create a large synthetic project, the same for the same seed.")
    static final class Generate implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "DIR", description = "The new project's folder.")
        Path dir;
        @Option(names = "--sources", defaultValue = "1000", description = "Number of sources (default: ${DEFAULT-VALUE}).")
        int sources;
        @Option(names = "--chars", defaultValue = "20000000", description = "Characters of source text in all (default: ${DEFAULT-VALUE}).")
        long chars;
        @Option(names = "--codes", defaultValue = "200", description = "Number of codes (default: ${DEFAULT-VALUE}).")
        int codes;
        @Option(names = "--codings", defaultValue = "100000", description = "Number of codings (default: ${DEFAULT-VALUE}).")
        int codings;
        @Option(names = "--coders", defaultValue = "3", description = "Number of coders (default: ${DEFAULT-VALUE}).")
        int coders;
        @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            long start = System.nanoTime();
            long[] shown = {-1};
            ProjectGenerator.Result r = ProjectGenerator.generate(dir, new ProjectGenerator.Spec(sources, chars, codes, codings, coders, seed),
                    (phase, done, total) -> {
                        long percent = total == 0 ? 100 : done * 100 / total;
                        if (percent / 10 != shown[0] / 10 || done == total) {
                            shown[0] = percent;
                            err.println(Messages.tr("bench.generate.progress", phase, done, total));
                            err.flush();
                        }
                    });
            spec.commandLine().getOut().println(Messages.tr("bench.generate.done", dir.toAbsolutePath(), r.sources(), r.chars(),
                    r.codes(), r.cases(), r.codings(), r.memos(), r.events(), r.chainHead(), (System.nanoTime() - start) / 1e9));
            return TematikCli.OK;
        }
    }

    @Command(name = "run", description = "Time opening, coding, listing and verifying on a project (such as a generated one).")
    static final class Run implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "DIR", description = "The project folder.")
        Path dir;
        @Option(names = "--json", description = "Print JSON.")
        boolean json;
        @Option(names = "--cold-runs", defaultValue = "3", description = "Fresh JVMs to time opening in (default: ${DEFAULT-VALUE}).")
        int coldRuns;

        @Override
        public Integer call() throws Exception {
            String coder = ((TematikCli) spec.root().userObject()).user();
            if (!Project.exists(dir)) {
                Project.open(dir, coder).close(); // says clearly what is wrong with the folder
            }
            ProjectBenchmark.Report r = ProjectBenchmark.run(dir, coder, ProjectBenchmark.standard(), coldRuns);
            PrintWriter out = spec.commandLine().getOut();
            out.println(json ? Json.pretty(BenchReport.toMap(r)) : BenchReport.toText(r));
            return TematikCli.OK;
        }
    }

    /** Used by {@code bench run} for the cold start: opens the project as the main window does, in a fresh JVM. */
    @Command(name = "open", hidden = true)
    static final class Open implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "DIR")
        Path dir;

        @Override
        public Integer call() {
            long start = System.nanoTime();
            try (Project project = Project.open(dir, ((TematikCli) spec.root().userObject()).user())) {
                ProjectBenchmark.openForWork(project);
                spec.commandLine().getOut().println(ProjectBenchmark.COLD_LINE + (System.nanoTime() - start));
            }
            return TematikCli.OK;
        }
    }

    @Command(name = "import", description = "Import a long PDF, a long DOCX and many small DOCX; compare with peers where installed.")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--dir", paramLabel = "DIR", description = "Where the generated files and projects go (default: ./tematik-bench).")
        Path dir = Path.of("tematik-bench");
        @Option(names = "--pdf-pages", defaultValue = "2000")
        int pdfPages;
        @Option(names = "--pdf-runs", defaultValue = "3", description = "Import the PDF this many times (the first is the least warmed up).")
        int pdfRuns;
        @Option(names = "--docx-pages", defaultValue = "1000")
        int docxPages;
        @Option(names = "--small", defaultValue = "500")
        int small;
        @Option(names = "--jobs", defaultValue = "2")
        int jobs;

        @Override
        public Integer call() throws Exception {
            var out = spec.commandLine().getOut();
            out.printf("Import benchmark: %s, %d cores, max heap %d MB, %s%n", System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, compilers());
            for (ImportBenchmark.Result r : new ImportBenchmark(dir.toAbsolutePath()).run(pdfPages, Math.max(1, pdfRuns), docxPages, small, jobs)) {
                String heap = r.liveHeapBytes() > 0 ? "heap in use after GC at most " + (r.liveHeapBytes() >> 20) + " MB"
                        : "no garbage collection during the run"; // then only the pool peaks bound what it needed
                out.printf("%n%s: %.2f s, %,d characters (%,d visible; %,.0f chars/s), %s (pool peaks %d MB)%n", r.name(),
                        r.seconds(), r.chars(), r.visibleChars(), r.charsPerSecond(), heap, r.peakHeapBytes() >> 20);
                for (ImportBenchmark.Peer p : r.peers()) {
                    if (p.seconds() < 0 || p.visibleChars() < 0) {
                        out.printf("  %-28s -%n", p.tool());
                        continue;
                    }
                    out.printf("  %-28s %.2f s, %,d visible characters: Tematik is %.1fx %s; character counts differ by %.2f %%%n",
                            p.tool(), p.seconds(), p.visibleChars(),
                            p.seconds() >= r.seconds() ? p.seconds() / r.seconds() : r.seconds() / p.seconds(),
                            p.seconds() >= r.seconds() ? "faster" : "slower",
                            100.0 * Math.abs(r.visibleChars() - p.visibleChars()) / Math.max(1, p.visibleChars()));
                }
                out.flush();
            }
            return TematikCli.OK;
        }
    }

    /**
     * Which JIT compilers and collector this JVM runs with: a first long import costs twice as much with C2
     * compiling beside it (bin/Tematik) as with C1 alone (bin/tematik-cli), so figures name their JVM.
     */
    static String compilers() {
        String level = "4";
        try {
            level = java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                    .getVMOption("TieredStopAtLevel").getValue();
        } catch (RuntimeException e) {
            // not HotSpot: say nothing about tiers
        }
        String jit = "1".equals(level) ? "JIT C1 only (as bin/tematik-cli)" : "JIT C1 and C2 (as bin/Tematik)";
        String gc = java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName).collect(java.util.stream.Collectors.joining(", "));
        return jit + ", collectors " + gc;
    }
}
