package org.tematik.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tematik.core.agreement.AgreementReport;
import org.tematik.core.agreement.Unit;
import org.tematik.core.export.AgreementWorkbook;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.core.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "agreement", description = "Inter-coder agreement: percent agreement, Cohen's/Fleiss' kappa, Krippendorff's alpha.")
final class AgreementCommand extends ProjectCommand {
    @Option(names = "--coders", required = true, split = ",", paramLabel = "A,B", description = "The coders to compare (two or more).")
    List<String> coders;

    @Option(names = "--codes", split = ",", paramLabel = "C1,C2", description = "Only these codes (default: every code they used).")
    List<String> codes;

    @Option(names = "--unit", defaultValue = "paragraph", paramLabel = "UNIT", description = "character, sentence, paragraph or turn (default: ${DEFAULT-VALUE}).")
    String unit;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--exclude-suggestions", description = "Leave out codings that began as accepted code suggestions.")
    boolean excludeSuggestions;

    @Option(names = "--disagreements", description = "List the units where the coders differ, with the passage.")
    boolean disagreements;

    @Option(names = "--format", paramLabel = "xlsx", description = "Write the report as a file in this format (xlsx).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The file --format writes.")
    java.nio.file.Path output;

    @Override
    int run(Project project) {
        if (format != null && (!format.equalsIgnoreCase("xlsx") || output == null)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format xlsx needs -o FILE (xlsx is the format there is)");
        }
        AgreementReport r = project.agreement().compare(coders.stream().map(String::strip).toList(), codes, Unit.parse(unit),
                excludeSuggestions);
        if (format != null) {
            AgreementWorkbook.write(r, output);
            out().println(org.tematik.core.i18n.Messages.tr("agreement.cli.wrote", output, r.codes().size(), r.data().size()));
            return TematikCli.OK;
        }
        if (disagreements) {
            printDisagreements(project, r);
            return TematikCli.OK;
        }
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("coders", r.coders());
            m.put("unit", r.unit());
            m.put("sources", r.sources());
            m.put("kappa", r.kappaName());
            List<Map<String, Object>> rows = new ArrayList<>();
            r.codes().forEach(row -> rows.add(row(row)));
            m.put("codes", rows);
            m.put("overall", row(r.overall()));
            m.put("method", r.method());
            out().println(Json.pretty(m));
            return TematikCli.OK;
        }
        out().printf("Agreement between %s; unit: %s; %d sources%n%n", String.join(", ", r.coders()), r.unit(), r.sources().size());
        out().printf("%-40s %8s %8s %8s %16s %8s %16s %8s%n", "code", "units", "agree", "kappa", "kappa 95% CI", "alpha",
                "alpha 95% CI", "alpha-u");
        r.codes().forEach(this::print);
        print(r.overall());
        out().printf("%nkappa = %s. %s%n", r.kappaName(), r.method());
        return TematikCli.OK;
    }

    /** Side by side: which coder applied the code where, and the passage, so the coders can discuss it. */
    private void printDisagreements(Project project, AgreementReport r) {
        for (AgreementReport.DataRow d : r.disagreements()) {
            String passage = project.sources().codePoints(d.sourceId()).substring(d.start(), d.end()).replaceAll("\\s+", " ");
            StringBuilder who = new StringBuilder();
            for (int c = 0; c < r.coders().size(); c++) {
                who.append(c == 0 ? "" : ", ").append(r.coders().get(c)).append(d.values()[c] == 1 ? " yes" : " no");
            }
            out().printf("%s | %s %s %d (%d-%d) | %s | \"%s\"%n", d.code(), d.source(), r.unit(), d.unit(), d.start(), d.end(),
                    who, passage.length() > 100 ? passage.substring(0, 99) + "…" : passage);
        }
        out().println(r.disagreements().size() + " of " + r.data().size() + " unit values differ");
    }

    private void print(AgreementReport.Row row) {
        out().printf("%-40s %8d %7.1f%% %8s %16s %8s %16s %8s%n", row.code() == null ? Messages.tr("agreement.overall") : row.code(),
                row.units(), 100 * row.percentAgreement(), number(row.kappa()), interval(row.kappaInterval()),
                number(row.alpha()), interval(row.alphaInterval()), number(row.unitizedAlpha()));
    }

    private static String interval(double[] ci) {
        return ci == null ? "-" : "[" + number(ci[0]) + ", " + number(ci[1]) + "]";
    }

    private static String number(double d) {
        return Double.isNaN(d) ? "-" : String.format(java.util.Locale.ROOT, "%.3f", d);
    }

    private static Map<String, Object> row(AgreementReport.Row row) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (row.code() != null) {
            m.put("code", row.code());
        }
        m.put("units", row.units());
        m.put("percentAgreement", finite(row.percentAgreement()));
        m.put("kappa", finite(row.kappa()));
        m.put("kappaCi", pair(row.kappaInterval()));
        m.put("alpha", finite(row.alpha()));
        m.put("alphaCi", pair(row.alphaInterval()));
        m.put("alphaU", finite(row.unitizedAlpha()));
        return m;
    }

    private static List<Double> pair(double[] ci) {
        return ci == null ? null : List.of(ci[0], ci[1]);
    }

    private static Double finite(double d) {
        return Double.isNaN(d) ? null : d;
    }
}
