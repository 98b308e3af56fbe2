package org.tematik.core.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tematik.core.agreement.Unit;
import org.tematik.core.agreement.UnitSpans;
import org.tematik.core.coding.Coding;
import org.tematik.core.coding.CodingView;
import org.tematik.core.project.Project;
import org.tematik.core.search.SearchLanguage;
import org.tematik.core.source.Source;
import org.tematik.core.suggest.SuggestUnit;
import org.tematik.core.suggest.SuggestionEngine;

/**
 * How good the code suggestions are, measured leave-one-source-out: for each coded source, learn from every
 * other source's codings, rank codes for each of its coded paragraphs, and compare with the codes the
 * analyst gave it. The baseline always suggests the codes most often used in the other sources. Also times
 * suggestions for the longest source (model building included, then again with the model learned).
 */
public final class SuggestBenchmark {
    private static final int K = 3;

    /** Scores over all evaluated paragraphs; {@code p1} = precision@1, {@code p3} = precision@3, {@code r3} = recall@3. */
    public record Scores(double p1, double p3, double r3) {
    }

    /** Wall-clock and this thread's CPU milliseconds (CPU time shows the cost on a busy machine, where wall time waits). */
    public record Timing(String source, int chars, int units, double coldMillis, double warmMillis, double coldCpuMillis,
                         double warmCpuMillis) {
    }

    public record Report(String engine, int sources, int units, int codes, int examples, Scores engineScores,
                         Scores baseline, int unitsWithoutSuggestion, Timing timing) {
    }

    private SuggestBenchmark() {
    }

    public static Report run(Project p) {
        SuggestionEngine engine = p.suggestions().engine();
        Map<UUID, SearchLanguage> languages = p.search().languages();
        UnitSpans spans = new UnitSpans(p.sources());
        List<CodingView> all = p.codings().list(null, null);
        Map<UUID, List<Coding>> bySource = new HashMap<>();
        all.forEach(v -> bySource.computeIfAbsent(v.coding().sourceId(), k -> new ArrayList<>()).add(v.coding()));
        Tally model = new Tally();
        Tally base = new Tally();
        int sources = 0;
        int none = 0;
        Set<UUID> codes = new HashSet<>();
        List<Source> ordered = p.sources().list().stream().sorted(Comparator.comparing(Source::id)).toList();
        for (Source s : ordered) {
            List<Coding> held = bySource.getOrDefault(s.id(), List.of());
            if (held.isEmpty()) {
                continue;
            }
            sources++;
            List<SuggestionEngine.Example> training = p.suggestions().examples(s.id());
            List<UUID> baseline = mostFrequent(training);
            var points = p.sources().codePoints(s.id());
            try (SuggestionEngine.Model m = engine.learn(training)) {
                for (UnitSpans.Span span : spans.structural(s.id(), Unit.PARAGRAPH)) {
                    Set<UUID> truth = new HashSet<>();
                    held.stream().filter(c -> c.start() < span.end() && c.end() > span.start()).forEach(c -> truth.add(c.codeId()));
                    if (truth.isEmpty()) {
                        continue;
                    }
                    codes.addAll(truth);
                    String passage = points.substring(span.start(), span.end());
                    List<UUID> ranked = m.rank(new SuggestionEngine.Passage(s.id(), span.start(), span.end(), passage,
                            languages.getOrDefault(s.id(), SearchLanguage.DEFAULT)), K).stream()
                            .map(SuggestionEngine.Ranked::codeId).toList();
                    if (ranked.isEmpty()) {
                        none++;
                    }
                    model.add(ranked, truth);
                    base.add(baseline, truth);
                }
            }
        }
        int examples = p.suggestions().examples(null).size();
        return new Report(engine.name(), sources, model.units, codes.size(), examples, model.scores(), base.scores(), none,
                time(p, ordered));
    }

    /** Suggestions for the longest source, as `suggest --source` makes them: first with learning, then without. */
    private static Timing time(Project p, List<Source> sources) {
        Source longest = sources.stream().max(Comparator.comparingInt(Source::chars).thenComparing(Source::id)).orElse(null);
        if (longest == null) {
            return null;
        }
        // the project's model is not learned yet here (evaluation above used its own models), so this includes learning
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        int units = p.suggestions().forSource(longest.id(), SuggestUnit.PARAGRAPH, K).size();
        long t1 = System.nanoTime();
        long c1 = cpu.getCurrentThreadCpuTime();
        p.suggestions().forSource(longest.id(), SuggestUnit.PARAGRAPH, K);
        long t2 = System.nanoTime();
        long c2 = cpu.getCurrentThreadCpuTime();
        return new Timing(longest.name(), longest.chars(), units, (t1 - t0) / 1e6, (t2 - t1) / 1e6, (c1 - c0) / 1e6,
                (c2 - c1) / 1e6);
    }

    private static List<UUID> mostFrequent(List<SuggestionEngine.Example> training) {
        Map<UUID, Integer> counts = new HashMap<>();
        training.forEach(e -> counts.merge(e.codeId(), 1, Integer::sum));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<UUID, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(K).map(Map.Entry::getKey).toList();
    }

    /** Sums of per-unit precision and recall. */
    private static final class Tally {
        int units;
        double p1;
        double p3;
        double r3;

        void add(List<UUID> ranked, Set<UUID> truth) {
            units++;
            if (!ranked.isEmpty() && truth.contains(ranked.get(0))) {
                p1++;
            }
            long hits = ranked.stream().limit(K).filter(truth::contains).count();
            p3 += hits / (double) K;
            r3 += hits / (double) truth.size();
        }

        Scores scores() {
            return units == 0 ? new Scores(0, 0, 0) : new Scores(p1 / units, p3 / units, r3 / units);
        }
    }
}
