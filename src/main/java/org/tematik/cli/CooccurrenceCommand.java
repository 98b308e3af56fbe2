package org.tematik.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tematik.core.export.MatrixCsv;
import org.tematik.core.export.MatrixWorkbook;
import org.tematik.core.i18n.Messages;
import org.tematik.core.matrix.Cooccurrence;
import org.tematik.core.project.Project;
import org.tematik.core.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "cooccurrence", description = "Code x code co-occurrence: which codes appear together (overlapping segments or the same paragraph).")
final class CooccurrenceCommand extends ProjectCommand {
    @Option(names = "--by", defaultValue = "overlap", paramLabel = "MODE",
            description = "overlap (segments share text) or paragraph (same paragraph); default: ${DEFAULT-VALUE}.")
    String by;

    @Option(names = "--pairs", split = ",", paramLabel = "A,B", description = "List where codes A and B occur together.")
    List<String> pairs;

    @Option(names = "--format", paramLabel = "FMT", description = "csv or xlsx (default: from the -o file's extension).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The file to write.")
    Path output;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    int run(Project project) {
        String fmt = MatrixCommand.format(format, output);
        if (fmt != null && output == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format needs -o FILE");
        }
        Cooccurrence co = project.cooccurrence().build(Cooccurrence.Mode.parse(by));
        if (pairs != null) {
            return printPairs(project, co);
        }
        if (fmt != null) {
            switch (fmt) {
                case "csv" -> MatrixCsv.write(co, output);
                case "xlsx" -> MatrixWorkbook.write(co, output);
                default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "Unknown --format '" + fmt + "': use csv or xlsx");
            }
            out().println(Messages.tr("cooccurrence.cli.wrote", output, co.codes().size(), co.pairs().size()));
            return TematikCli.OK;
        }
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("by", co.mode().id());
            root.put("codes", co.codes().stream().map(Cooccurrence.Code::path).toList());
            root.put("counts", co.counts());
            out().println(Json.pretty(root));
            return TematikCli.OK;
        }
        for (int a = 0; a < co.codes().size(); a++) {
            for (int b = a + 1; b < co.codes().size(); b++) {
                if (co.counts()[a][b] > 0) {
                    out().printf("%6d  %s + %s%n", co.counts()[a][b], co.codes().get(a).path(), co.codes().get(b).path());
                }
            }
        }
        return TematikCli.OK;
    }

    private int printPairs(Project project, Cooccurrence co) {
        if (pairs.size() != 2) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--pairs takes two codes: A,B");
        }
        List<Integer> at = new ArrayList<>();
        for (String ref : pairs) {
            var id = project.codebook().resolve(ref).id();
            for (int i = 0; i < co.codes().size(); i++) {
                if (co.codes().get(i).id().equals(id)) {
                    at.add(i);
                }
            }
        }
        List<Cooccurrence.Pair> found = co.pairsOf(at.get(0), at.get(1));
        if (json) {
            out().println(Json.pretty(found.stream().map(p -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("codeA", co.codes().get(p.a()).path());
                m.put("codeB", co.codes().get(p.b()).path());
                m.put("source", p.source());
                m.put("start", p.start());
                m.put("end", p.end());
                m.put("page", p.page() == 0 ? null : p.page());
                m.put("paragraph", p.paragraph() == 0 ? null : p.paragraph());
                m.put("quoteA", p.quoteA());
                m.put("quoteB", p.quoteB());
                return m;
            }).toList()));
            return TematikCli.OK;
        }
        for (Cooccurrence.Pair p : found) {
            out().printf("%s %d-%d (p. %d, ¶ %d)%n  %s: \"%s\"%n  %s: \"%s\"%n", p.source(), p.start(), p.end(), p.page(),
                    p.paragraph(), co.codes().get(p.a()).path(), oneLine(p.quoteA()), co.codes().get(p.b()).path(),
                    oneLine(p.quoteB()));
        }
        return TematikCli.OK;
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
