package org.tematik.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tematik.core.bench.ImportBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", description = "Measure Tematik's speed (see docs/performance.md).", subcommands = BenchCommand.Import.class)
final class BenchCommand {

    @Command(name = "import", description = "Import a long PDF, a long DOCX and many small DOCX; compare with peers where installed.")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--dir", paramLabel = "DIR", description = "Where the generated files and projects go (default: ./tematik-bench).")
        Path dir = Path.of("tematik-bench");
        @Option(names = "--pdf-pages", defaultValue = "2000")
        int pdfPages;
        @Option(names = "--docx-pages", defaultValue = "1000")
        int docxPages;
        @Option(names = "--small", defaultValue = "500")
        int small;
        @Option(names = "--jobs", defaultValue = "2")
        int jobs;

        @Override
        public Integer call() throws Exception {
            var out = spec.commandLine().getOut();
            out.printf("Import benchmark: %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            for (ImportBenchmark.Result r : new ImportBenchmark(dir.toAbsolutePath()).run(pdfPages, docxPages, small, jobs)) {
                out.printf("%n%s: %.2f s, %,d characters (%,d visible; %,.0f chars/s), heap in use after GC at most %d MB "
                        + "(pool peaks %d MB)%n", r.name(), r.seconds(), r.chars(), r.visibleChars(), r.charsPerSecond(),
                        r.liveHeapBytes() >> 20, r.peakHeapBytes() >> 20);
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
}
