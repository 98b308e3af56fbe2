package org.tematik.core.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.tematik.core.codebook.Code;
import org.tematik.core.codebook.CodebookService;
import org.tematik.core.coding.Coding;
import org.tematik.core.i18n.Messages;
import org.tematik.core.source.Source;
import org.tematik.core.source.SourceService;
import org.tematik.core.storage.CodingDao;
import org.tematik.core.util.UserException;
import org.tematik.core.agreement.TextUnits.Span;

/**
 * Compares coders unit by unit. For each code, each unit gets, per coder, 1 when the coder applied the
 * code anywhere in the unit and 0 otherwise; only sources that every compared coder has coded are used,
 * so a source one coder never opened does not count as disagreement. "Overall" pools every (code, unit)
 * pair as one item.
 */
public final class AgreementService {
    private final Jdbi jdbi;
    private final SourceService sources;
    private final CodebookService codebook;

    public AgreementService(Jdbi jdbi, SourceService sources, CodebookService codebook) {
        this.jdbi = jdbi;
        this.sources = sources;
        this.codebook = codebook;
    }

    public AgreementReport compare(List<String> coders, List<String> codeRefs, Unit unit) {
        if (coders.size() < 2 || new LinkedHashSet<>(coders).size() != coders.size()) {
            throw new UserException("agreement.error.coders");
        }
        List<Coding> all = jdbi.withExtension(CodingDao.class, CodingDao::listActive);
        Set<String> known = new LinkedHashSet<>();
        Map<UUID, Set<String>> codersBySource = new java.util.HashMap<>(); // one pass, not one per source and coder
        for (Coding c : all) {
            known.add(c.coder());
            codersBySource.computeIfAbsent(c.sourceId(), id -> new java.util.HashSet<>()).add(c.coder());
        }
        for (String coder : coders) {
            if (!known.contains(coder)) {
                throw new UserException("agreement.error.unknownCoder", coder);
            }
        }
        List<Source> compared = sources.list().stream()
                .filter(s -> codersBySource.getOrDefault(s.id(), Set.of()).containsAll(coders)).toList();
        if (compared.isEmpty()) {
            throw new UserException("agreement.error.noSharedSource", String.join(", ", coders));
        }
        List<Code> codes = codeRefs == null || codeRefs.isEmpty()
                ? usedCodes(all, coders)
                : codeRefs.stream().map(codebook::resolve).toList();
        Map<UUID, List<Span>> units = new LinkedHashMap<>();
        compared.forEach(s -> units.put(s.id(), units(s.id(), unit)));

        List<AgreementReport.Row> rows = new ArrayList<>();
        List<Double[][]> perCode = new ArrayList<>();
        List<AgreementReport.DataRow> dataRows = new ArrayList<>();
        Map<UUID, String> names = new LinkedHashMap<>();
        compared.forEach(s -> names.put(s.id(), s.name()));
        for (Code code : codes) {
            Double[][] data = presence(all, code.id(), coders, units);
            perCode.add(data);
            rows.add(row(code.name(), data));
            dataRows.addAll(dataRows(code.name(), data, units, names));
        }
        AgreementReport.Row overall = row(null, concat(perCode, coders.size()));
        String kappaName = coders.size() == 2 ? "Cohen's kappa" : "Fleiss' kappa";
        return new AgreementReport(coders, unit.label(), compared.stream().map(Source::name).toList(), rows, overall,
                kappaName, method(coders.size(), unit, compared.size()), dataRows);
    }

    private List<Code> usedCodes(List<Coding> all, List<String> coders) {
        Set<UUID> used = new LinkedHashSet<>();
        all.stream().filter(c -> coders.contains(c.coder())).forEach(c -> used.add(c.codeId()));
        return codebook.tree().stream().map(n -> n.code()).filter(c -> used.contains(c.id())).toList();
    }

    /** data[coder][unit] = 1 if the coder applied the code in the unit, else 0. */
    private static Double[][] presence(List<Coding> all, UUID codeId, List<String> coders, Map<UUID, List<Span>> units) {
        int total = units.values().stream().mapToInt(List::size).sum();
        Double[][] data = new Double[coders.size()][total];
        for (Double[] row : data) {
            java.util.Arrays.fill(row, 0d);
        }
        int offset = 0;
        for (Map.Entry<UUID, List<Span>> source : units.entrySet()) {
            List<Span> spans = source.getValue();
            for (Coding c : all) {
                int coder = coders.indexOf(c.coder());
                if (coder < 0 || !c.codeId().equals(codeId) || !c.sourceId().equals(source.getKey())) {
                    continue;
                }
                for (int u = 0; u < spans.size(); u++) {
                    if (c.start() < spans.get(u).end() && c.end() > spans.get(u).start()) {
                        data[coder][offset + u] = 1d;
                    }
                }
            }
            offset += spans.size();
        }
        return data;
    }

    /** The raw values behind a code's figures, so anyone can recompute them by hand. */
    private static List<AgreementReport.DataRow> dataRows(String code, Double[][] data, Map<UUID, List<Span>> units,
                                                          Map<UUID, String> names) {
        List<AgreementReport.DataRow> rows = new ArrayList<>();
        int at = 0;
        for (Map.Entry<UUID, List<Span>> source : units.entrySet()) {
            for (int u = 0; u < source.getValue().size(); u++) {
                int[] values = new int[data.length];
                for (int c = 0; c < data.length; c++) {
                    values[c] = data[c][at].intValue();
                }
                Span span = source.getValue().get(u);
                rows.add(new AgreementReport.DataRow(code, names.get(source.getKey()), u + 1, span.start(), span.end(), values));
                at++;
            }
        }
        return rows;
    }

    private static AgreementReport.Row row(String code, Double[][] data) {
        int units = data[0].length;
        double kappa = data.length == 2 ? Kappa.cohen(data[0], data[1]) : Kappa.fleiss(counts(data));
        return new AgreementReport.Row(code, units, Kappa.percentAgreement(data), kappa,
                KrippendorffAlpha.alpha(data, KrippendorffAlpha.Metric.NOMINAL),
                Bootstrap.alphaInterval(data, KrippendorffAlpha.Metric.NOMINAL));
    }

    /** Binary presence as Fleiss' counts: [unit][absent, present]. */
    private static int[][] counts(Double[][] data) {
        int[][] counts = new int[data[0].length][2];
        for (Double[] coder : data) {
            for (int u = 0; u < coder.length; u++) {
                counts[u][coder[u] > 0 ? 1 : 0]++;
            }
        }
        return counts;
    }

    private static Double[][] concat(List<Double[][]> parts, int coders) {
        int total = parts.stream().mapToInt(p -> p[0].length).sum();
        Double[][] out = new Double[coders][total];
        int at = 0;
        for (Double[][] part : parts) {
            for (int c = 0; c < coders; c++) {
                System.arraycopy(part[c], 0, out[c], at, part[c].length);
            }
            at += part[0].length;
        }
        return out;
    }

    private List<Span> units(UUID sourceId, Unit unit) {
        return TextUnits.of(sources, sourceId, unit);
    }

    /** The method in words a methods chapter can quote, in the user's language. */
    private static String method(int coders, Unit unit, int sources) {
        String unitName = Messages.tr(switch (unit) {
            case PARAGRAPH -> "agreement.unit.paragraph";
            case SENTENCE -> "agreement.unit.sentence";
            case TURN -> "agreement.unit.turn";
        });
        return Messages.tr(coders == 2 ? "agreement.method.cohen" : "agreement.method.fleiss",
                unitName, sources, coders, Bootstrap.SAMPLES, Bootstrap.SEED);
    }
}
