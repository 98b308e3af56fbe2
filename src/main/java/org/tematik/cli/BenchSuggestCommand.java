package org.tematik.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tematik.core.bench.SuggestBenchmark;
import org.tematik.core.bench.TopicalCorpus;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.core.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "suggest", description = "Measure code suggestions leave-one-source-out (precision@1, precision@3, recall@3 "
        + "against the most-frequent-code baseline) and time them on the longest source.")
final class BenchSuggestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "DIR", description = "A coded project (with --topical: the folder for a new generated one).")
    Path dir;
    @Option(names = "--topical", description = "First generate a bilingual corpus where each code has its own words.")
    boolean topical;
    @Option(names = "--sources", defaultValue = "12", description = "With --topical: coded sources (default: ${DEFAULT-VALUE}).")
    int sources;
    @Option(names = "--paragraphs", defaultValue = "40", description = "With --topical: paragraphs per source (default: ${DEFAULT-VALUE}).")
    int paragraphs;
    @Option(names = "--seed", defaultValue = "1", description = "With --topical: random seed (default: ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        String coder = ((TematikCli) spec.root().userObject()).user();
        PrintWriter out = spec.commandLine().getOut();
        if (topical) {
            TopicalCorpus.Result r = TopicalCorpus.generate(dir, sources, paragraphs, seed, coder);
            spec.commandLine().getErr().println(Messages.tr("suggest.bench.generated", dir.toAbsolutePath(), r.sources(),
                    r.codedParagraphs(), r.uncodedParagraphs()));
        }
        SuggestBenchmark.Report r;
        try (Project project = Project.open(dir, coder)) {
            r = SuggestBenchmark.run(project);
        }
        out.println(json ? Json.pretty(toMap(r)) : toText(r));
        return TematikCli.OK;
    }

    private static String toText(SuggestBenchmark.Report r) {
        StringBuilder b = new StringBuilder();
        b.append(Messages.tr("suggest.bench.method", r.sources(), r.units(), r.codes(), r.examples(), r.engine())).append('\n');
        b.append(Messages.tr("suggest.bench.header")).append('\n');
        b.append(Messages.tr("suggest.bench.engine", f(r.engineScores().p1()), f(r.engineScores().p3()), f(r.engineScores().r3())))
                .append('\n');
        b.append(Messages.tr("suggest.bench.baseline", f(r.baseline().p1()), f(r.baseline().p3()), f(r.baseline().r3())))
                .append('\n');
        b.append(Messages.tr("suggest.bench.none", r.unitsWithoutSuggestion()));
        if (r.timing() != null) {
            b.append('\n').append(Messages.tr("suggest.bench.timing", r.timing().source(), r.timing().chars(), r.timing().units(),
                    f1(r.timing().coldMillis()), f1(r.timing().warmMillis()), f1(r.timing().coldCpuMillis()),
                    f1(r.timing().warmCpuMillis())));
        }
        return b.toString();
    }

    private static Map<String, Object> toMap(SuggestBenchmark.Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("engine", r.engine());
        m.put("sources", r.sources());
        m.put("units", r.units());
        m.put("codes", r.codes());
        m.put("examples", r.examples());
        m.put("suggestions", r.engineScores());
        m.put("baseline", r.baseline());
        m.put("unitsWithoutSuggestion", r.unitsWithoutSuggestion());
        m.put("timing", r.timing());
        return m;
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String f1(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }
}
