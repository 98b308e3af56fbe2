package org.tematik.core.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
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
import org.tematik.core.history.CommandStack;
import org.tematik.core.i18n.Messages;
import org.tematik.core.source.Source;
import org.tematik.core.source.SourceService;
import org.tematik.core.storage.CodingDao;
import org.tematik.core.storage.DisagreementCommentDao;
import org.tematik.core.util.UserException;

/**
 * Compares coders unit by unit. For each code, each unit gets, per coder, 1 when the coder applied the
 * code anywhere in the unit and 0 otherwise; only sources that every compared coder has coded are used,
 * so a source one coder never opened does not count as disagreement. "Overall" pools every (code, unit)
 * pair as one item.
 */
public final class AgreementService {
    private final Jdbi jdbi;
    private final CommandStack stack;
    private final String coder;
    private final SourceService sources;
    private final CodebookService codebook;
    private final UnitSpans unitSpans;

    public AgreementService(Jdbi jdbi, CommandStack stack, String coder, SourceService sources, CodebookService codebook) {
        this.jdbi = jdbi;
        this.stack = stack;
        this.coder = coder;
        this.sources = sources;
        this.codebook = codebook;
        this.unitSpans = new UnitSpans(sources);
    }

    /** One code's values: data[coder][unit], and each unit's weight (null when every unit counts once). */
    private record Ratings(Double[][] data, double[] weights) {
    }

    public AgreementReport compare(List<String> coders, List<String> codeRefs, Unit unit) {
        return compare(coders, codeRefs, unit, false);
    }

    /**
     * As {@link #compare(List, List, Unit)}; {@code withoutSuggestions} leaves out codings that began as accepted
     * code suggestions (codings.origin, ADR 0020), so agreement measures the coders' own judgement.
     */
    public AgreementReport compare(List<String> coders, List<String> codeRefs, Unit unit, boolean withoutSuggestions) {
        Set<UUID> suggested = withoutSuggestions
                ? jdbi.withExtension(org.tematik.core.storage.SuggestionDao.class,
                        dao -> dao.codingsWithOrigin(org.tematik.core.suggest.SuggestionService.ORIGIN))
                : Set.of();
        if (coders.size() < 2 || new LinkedHashSet<>(coders).size() != coders.size()) {
            throw new UserException("agreement.error.coders");
        }
        List<Coding> all = jdbi.withExtension(CodingDao.class, CodingDao::listActive).stream()
                .filter(c -> coders.contains(c.coder()) && !suggested.contains(c.id())).toList();
        Map<UUID, Set<String>> codersBySource = new HashMap<>(); // one pass, not one query per source and coder
        all.forEach(c -> codersBySource.computeIfAbsent(c.sourceId(), id -> new HashSet<>()).add(c.coder()));
        Set<String> known = new HashSet<>();
        codersBySource.values().forEach(known::addAll);
        coders.stream().filter(c -> !known.contains(c)).findFirst().ifPresent(c -> {
            throw new UserException("agreement.error.unknownCoder", c);
        });
        List<Source> compared = sources.list().stream()
                .filter(s -> codersBySource.getOrDefault(s.id(), Set.of()).containsAll(coders)).toList();
        if (compared.isEmpty()) {
            throw new UserException("agreement.error.noSharedSource", String.join(", ", coders));
        }
        List<Code> codes = codeRefs == null || codeRefs.isEmpty()
                ? usedCodes(all)
                : codeRefs.stream().map(codebook::resolve).toList();
        Map<UUID, List<UnitSpans.Span>> structural = new LinkedHashMap<>();
        if (unit != Unit.CHARACTER) {
            compared.forEach(s -> structural.put(s.id(), unitSpans.structural(s.id(), unit)));
        }
        Map<UUID, Map<UUID, List<Coding>>> byCodeAndSource = new HashMap<>();
        all.forEach(c -> byCodeAndSource.computeIfAbsent(c.codeId(), k -> new HashMap<>())
                .computeIfAbsent(c.sourceId(), k -> new ArrayList<>()).add(c));

        List<AgreementReport.Row> rows = new ArrayList<>();
        List<Ratings> perCode = new ArrayList<>();
        double observedU = 0;
        double expectedU = 0;
        List<AgreementReport.DataRow> dataRows = new ArrayList<>();
        boolean withInterval = unit != Unit.CHARACTER;
        for (Code code : codes) {
            Map<UUID, List<Coding>> codings = byCodeAndSource.getOrDefault(code.id(), Map.of());
            Map<UUID, List<UnitSpans.Span>> units = new LinkedHashMap<>();
            for (Source s : compared) {
                units.put(s.id(), unit == Unit.CHARACTER
                        ? UnitSpans.runs(s.chars(), codings.getOrDefault(s.id(), List.of()))
                        : structural.get(s.id()));
            }
            Ratings ratings = presence(codings, coders, units, unit == Unit.CHARACTER);
            perCode.add(ratings);
            UnitizedAlpha.Disagreement u = UnitizedAlpha.of(continua(compared, codings, coders), coders.size());
            observedU += u.observed();
            expectedU += u.expected();
            rows.add(row(code.name(), ratings, withInterval, u.alpha()));
            dataRows.addAll(dataRows(code, ratings.data(), units, compared));
        }
        AgreementReport.Row overall = row(null, concat(perCode, coders.size()), withInterval,
                new UnitizedAlpha.Disagreement(observedU, expectedU).alpha());
        String kappaName = coders.size() == 2 ? "Cohen's kappa" : "Fleiss' kappa";
        return new AgreementReport(coders, unit.label(), compared.stream().map(Source::name).toList(), rows, overall,
                kappaName, method(coders.size(), unit, compared.size()), dataRows);
    }

    /** Resolves a disagreement: in the unit, the other coders' codings with the code become {@code fromCoder}'s. */
    public void adopt(AgreementReport.DataRow unit, String fromCoder, List<String> toCoders) {
        stack.execute(new AdoptCodings(unit.sourceId(), unit.codeId(), unit.start(), unit.end(), fromCoder,
                List.copyOf(toCoders)), coder);
    }

    /** Everyone who has coded in this project, for choosing whom to compare. */
    public List<String> coders() {
        return jdbi.withExtension(CodingDao.class, CodingDao::activeCoderNames);
    }

    /** Adds a comment to the discussion of a disagreement; returns its id. */
    public UUID comment(AgreementReport.DataRow unit, String body) {
        CommentOnDisagreement command = CommentOnDisagreement.fresh(unit.sourceId(), unit.codeId(), unit.start(), unit.end(), body);
        stack.execute(command, coder);
        return command.id();
    }

    /** The discussion of a disagreement so far, oldest first. */
    public List<DisagreementComment> comments(AgreementReport.DataRow unit) {
        return jdbi.withExtension(DisagreementCommentDao.class,
                dao -> dao.overlapping(unit.sourceId(), unit.codeId(), unit.start(), unit.end()));
    }

    private List<Code> usedCodes(List<Coding> all) {
        Set<UUID> used = new HashSet<>();
        all.forEach(c -> used.add(c.codeId()));
        return codebook.tree().stream().map(n -> n.code()).filter(c -> used.contains(c.id())).toList();
    }

    /** data[coder][unit] = 1 if the coder applied the code in the unit, else 0; units laid end to end over the sources. */
    private static Ratings presence(Map<UUID, List<Coding>> codings, List<String> coders,
                                    Map<UUID, List<UnitSpans.Span>> units, boolean weighted) {
        int total = units.values().stream().mapToInt(List::size).sum();
        Double[][] data = new Double[coders.size()][total];
        for (Double[] row : data) {
            Arrays.fill(row, 0d);
        }
        double[] weights = weighted ? new double[total] : null;
        int offset = 0;
        for (Map.Entry<UUID, List<UnitSpans.Span>> source : units.entrySet()) {
            List<UnitSpans.Span> spans = source.getValue();
            for (Coding c : codings.getOrDefault(source.getKey(), List.of())) {
                int coder = coders.indexOf(c.coder());
                for (int u = firstEndingAfter(spans, c.start()); u < spans.size() && spans.get(u).start() < c.end(); u++) {
                    if (spans.get(u).overlaps(c)) {
                        data[coder][offset + u] = 1d;
                    }
                }
            }
            for (int u = 0; weighted && u < spans.size(); u++) {
                weights[offset + u] = spans.get(u).weight();
            }
            offset += spans.size();
        }
        return new Ratings(data, weights);
    }

    /** Spans are in text order, so the first one a coding can touch is found by binary search. */
    private static int firstEndingAfter(List<UnitSpans.Span> spans, int position) {
        int lo = 0;
        int hi = spans.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).end() <= position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The raw values behind a code's figures, so anyone can recompute them by hand. */
    private static List<AgreementReport.DataRow> dataRows(Code code, Double[][] data, Map<UUID, List<UnitSpans.Span>> units,
                                                          List<Source> compared) {
        List<AgreementReport.DataRow> rows = new ArrayList<>();
        int at = 0;
        for (Source source : compared) {
            List<UnitSpans.Span> spans = units.get(source.id());
            for (int u = 0; u < spans.size(); u++) {
                int[] values = new int[data.length];
                for (int c = 0; c < data.length; c++) {
                    values[c] = data[c][at].intValue();
                }
                UnitSpans.Span span = spans.get(u);
                rows.add(new AgreementReport.DataRow(code.id(), code.name(), source.id(), source.name(), u + 1,
                        span.start(), span.end(), values));
                at++;
            }
        }
        return rows;
    }

    /** Each compared source as a continuum holding each coder's stretches with the code (overlaps merged). */
    private static List<UnitizedAlpha.Continuum> continua(List<Source> compared, Map<UUID, List<Coding>> codings,
                                                          List<String> coders) {
        List<UnitizedAlpha.Continuum> continua = new ArrayList<>();
        for (Source s : compared) {
            List<List<int[]>> byCoder = new ArrayList<>();
            for (String coder : coders) {
                byCoder.add(merged(codings.getOrDefault(s.id(), List.of()).stream().filter(c -> c.coder().equals(coder))
                        .map(c -> new int[] {c.start(), Math.min(c.end(), s.chars())}).toList()));
            }
            continua.add(new UnitizedAlpha.Continuum(s.chars(), byCoder));
        }
        return continua;
    }

    /** One coder's stretches sorted, with overlapping ones joined (unitizing allows no overlap within a coder). */
    private static List<int[]> merged(List<int[]> stretches) {
        List<int[]> sorted = new ArrayList<>(stretches);
        sorted.sort(java.util.Comparator.comparingInt((int[] s) -> s[0]));
        List<int[]> out = new ArrayList<>();
        for (int[] s : sorted) {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s[0] < last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                out.add(new int[] {s[0], s[1]});
            }
        }
        return out;
    }

    private static AgreementReport.Row row(String code, Ratings r, boolean withInterval, double unitizedAlpha) {
        Double[][] data = r.data();
        double[] w = r.weights();
        double units = w == null ? data[0].length : Arrays.stream(w).sum();
        return new AgreementReport.Row(code, (long) units, Kappa.percentAgreement(data, w), kappa(data, w),
                KrippendorffAlpha.alpha(data, w, KrippendorffAlpha.Metric.NOMINAL),
                withInterval ? Bootstrap.interval(data, d -> kappa(d, null)) : null,
                withInterval ? Bootstrap.alphaInterval(data, KrippendorffAlpha.Metric.NOMINAL) : null, unitizedAlpha);
    }

    private static double kappa(Double[][] data, double[] weights) {
        return data.length == 2 ? Kappa.cohen(data[0], data[1], weights) : Kappa.fleiss(counts(data), weights);
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

    private static Ratings concat(List<Ratings> parts, int coders) {
        int total = parts.stream().mapToInt(p -> p.data()[0].length).sum();
        boolean weighted = !parts.isEmpty() && parts.get(0).weights() != null;
        Double[][] out = new Double[coders][total];
        double[] weights = weighted ? new double[total] : null;
        int at = 0;
        for (Ratings part : parts) {
            int n = part.data()[0].length;
            for (int c = 0; c < coders; c++) {
                System.arraycopy(part.data()[c], 0, out[c], at, n);
            }
            if (weighted) {
                System.arraycopy(part.weights(), 0, weights, at, n);
            }
            at += n;
        }
        return new Ratings(out, weights);
    }

    /** The method in words a methods chapter can quote, in the user's language. */
    private static String method(int coders, Unit unit, int sources) {
        String units = unit == Unit.CHARACTER
                ? Messages.tr("agreement.method.characters", sources, coders)
                : Messages.tr("agreement.method.units", Messages.tr(unit.messageKey()), sources, coders);
        String interval = unit == Unit.CHARACTER
                ? Messages.tr("agreement.method.noBootstrap")
                : Messages.tr("agreement.method.bootstrap", Bootstrap.SAMPLES, Bootstrap.SEED);
        return String.join(" ", units, Messages.tr(coders == 2 ? "agreement.method.cohen" : "agreement.method.fleiss"),
                Messages.tr("agreement.method.alpha"), interval, Messages.tr("agreement.method.unitized"),
                Messages.tr("agreement.method.overall"));
    }
}
