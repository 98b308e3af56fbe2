package org.tematik.core.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.tematik.core.agreement.UnitSpans;
import org.tematik.core.codebook.Code;
import org.tematik.core.coding.AddCoding;
import org.tematik.core.coding.Coding;
import org.tematik.core.history.CommandStack;
import org.tematik.core.search.SearchLanguage;
import org.tematik.core.search.SearchService;
import org.tematik.core.source.Source;
import org.tematik.core.source.SourceService;
import org.tematik.core.storage.CodeDao;
import org.tematik.core.storage.CodingDao;
import org.tematik.core.storage.SuggestionDao;
import org.tematik.core.util.CodePoints;
import org.tematik.core.util.UserException;

/**
 * Code suggestions learned from the project's own codings (ADR 0020): ranks codes for the uncoded units of a
 * source, explains each with its most similar coded segments and shared words, and turns an accepted one
 * into a normal coding whose audit event says {@code origin: suggestion}. Nothing leaves the process.
 */
public final class SuggestionService {
    /** codings.origin of an accepted suggestion. */
    public static final String ORIGIN = "suggestion";
    public static final int DEFAULT_TOP = 3;
    private static final int SNIPPET = 160;
    private static final int ALL_CODES = 10_000;

    private final Jdbi jdbi;
    private final CommandStack stack;
    private final String coder;
    private final SourceService sources;
    private final SearchService search;
    private final SuggestionEngine engine;
    private final UnitSpans spans;
    private SuggestionEngine.Model model;

    public SuggestionService(Jdbi jdbi, CommandStack stack, String coder, SourceService sources, SearchService search,
                             SuggestionEngine engine) {
        this.jdbi = jdbi;
        this.stack = stack;
        this.coder = coder;
        this.sources = sources;
        this.search = search;
        this.engine = engine;
        this.spans = new UnitSpans(sources);
        stack.addListener(applied -> forget()); // any change may add, move or remove an example
    }

    public SuggestionEngine engine() {
        return engine;
    }

    /** Suggestions for every uncoded unit of a source that has any, in text order; units the coder rejected drop out. */
    public List<UnitSuggestions> forSource(String sourceRef, SuggestUnit unit, int top) {
        return forSource(sources.resolve(sourceRef).id(), unit, top);
    }

    public List<UnitSuggestions> forSource(UUID sourceId, SuggestUnit unit, int top) {
        if (top < 1) {
            throw new UserException("suggest.error.top", top);
        }
        Source source = sources.list().stream().filter(s -> s.id().equals(sourceId)).findFirst()
                .orElseThrow(() -> new UserException("source.error.gone", sourceId));
        List<Coding> coded = jdbi.withExtension(CodingDao.class, dao -> dao.forSource(sourceId));
        Set<String> rejected = rejectedKeys(sourceId);
        CodePoints text = sources.codePoints(sourceId);
        SearchLanguage language = languageOf(sourceId);
        Map<UUID, String> codeNames = codeNames();
        SuggestionEngine.Model m = model();
        List<UnitSuggestions> out = new ArrayList<>();
        for (UnitSpans.Span span : spans.structural(sourceId, unit.unit())) {
            if (coded.stream().anyMatch(c -> c.start() < span.end() && c.end() > span.start())) {
                continue; // the analyst has already decided about this unit
            }
            String passage = text.substring(span.start(), span.end());
            if (passage.isBlank()) {
                continue;
            }
            List<RankedCode> codes = ranked(m, source, span.start(), span.end(), passage, language, codeNames, rejected, top);
            if (!codes.isEmpty()) {
                out.add(new UnitSuggestions(sourceId, source.name(), span.start(), span.end(), unit.label(), passage, codes));
            }
        }
        return out;
    }

    /** Suggestions for one span the user selected, coded or not. */
    public UnitSuggestions forSelection(UUID sourceId, int start, int end, int top) {
        Source source = sources.list().stream().filter(s -> s.id().equals(sourceId)).findFirst()
                .orElseThrow(() -> new UserException("source.error.gone", sourceId));
        if (start < 0 || end > source.chars() || start >= end) {
            throw new UserException("coding.error.outside", start, end, source.name(), source.chars());
        }
        String passage = sources.codePoints(sourceId).substring(start, end);
        return new UnitSuggestions(sourceId, source.name(), start, end, SuggestUnit.SELECTION.label(), passage,
                ranked(model(), source, start, end, passage, languageOf(sourceId), codeNames(), Set.of(), top));
    }

    /** Accepts a suggestion by its id (as `suggest` prints it): a coding with origin "suggestion" and the score. */
    public Accepted accept(String suggestionId) {
        SuggestionId id = SuggestionId.parse(suggestionId);
        Source source = unique(sources.list().stream().filter(s -> SuggestionId.prefix(s.id()).equals(id.sourcePrefix())).toList(),
                suggestionId);
        Code code = unique(jdbi.withExtension(CodeDao.class, CodeDao::listAll).stream()
                .filter(c -> SuggestionId.prefix(c.id()).equals(id.codePrefix())).toList(), suggestionId);
        if (id.end() > source.chars() || id.start() >= id.end()) {
            throw new UserException("suggest.error.unknown", suggestionId);
        }
        // scored again, not trusted from the caller: the audit records what the engine says now
        UnitSuggestions now = forSelection(source.id(), id.start(), id.end(), ALL_CODES);
        RankedCode ranked = now.codes().stream().filter(r -> r.codeId().equals(code.id())).findFirst()
                .orElseThrow(() -> new UserException("suggest.error.notSuggested", suggestionId, code.name()));
        return new Accepted(accept(source.id(), id.start(), id.end(), ranked), source.name(), id.start(), id.end(),
                ranked.codeName(), ranked.score());
    }

    /** What accepting made: the new coding, where, with which code and score. */
    public record Accepted(UUID codingId, String sourceName, int start, int end, String codeName, double score) {
    }

    /** Accepts one ranked code of a unit the caller already holds (the review queue). */
    public UUID accept(UUID sourceId, int start, int end, RankedCode code) {
        UUID codingId = UUID.randomUUID();
        stack.execute(new AddCoding(codingId, sourceId, code.codeId(), start, end, null, null, null, null, ORIGIN, code.score()),
                coder);
        return codingId;
    }

    /** Remembers that the coder does not want this code for this unit; undoable like any change. */
    public void reject(UUID sourceId, int start, int end, RankedCode code) {
        stack.execute(new RejectSuggestion(UUID.randomUUID(), sourceId, code.codeId(), start, end), coder);
    }

    /** The ids of codings that began as accepted suggestions (for reports that leave them out). */
    public Set<UUID> acceptedCodings() {
        return jdbi.withExtension(SuggestionDao.class, dao -> dao.codingsWithOrigin(ORIGIN));
    }

    /** How many coded segments suggestions learn from (the codings of active sources). */
    public int exampleCount() {
        return jdbi.withExtension(CodingDao.class, CodingDao::countsByCode).values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * The coded segments of active sources, in a fixed order (source id, start, end, coding id), so the model and
     * its tie-breaking are the same in every run; {@code leaveOut} drops one source (for leave-one-out tests).
     */
    public List<SuggestionEngine.Example> examples(UUID leaveOut) {
        Map<UUID, SearchLanguage> languages = search.languages();
        List<Coding> all = new ArrayList<>(jdbi.withExtension(CodingDao.class, CodingDao::listActive));
        all.removeIf(c -> c.sourceId().equals(leaveOut));
        all.sort(Comparator.comparing(Coding::sourceId).thenComparingInt(Coding::start).thenComparingInt(Coding::end)
                .thenComparing(Coding::id));
        List<SuggestionEngine.Example> out = new ArrayList<>(all.size());
        for (Coding c : all) {
            String text = sources.codePoints(c.sourceId()).substring(c.start(), c.end());
            out.add(new SuggestionEngine.Example(c.id(), c.codeId(), c.sourceId(), c.start(), c.end(), text,
                    languages.getOrDefault(c.sourceId(), SearchLanguage.DEFAULT)));
        }
        return out;
    }

    private List<RankedCode> ranked(SuggestionEngine.Model m, Source source, int start, int end, String passage,
                                    SearchLanguage language, Map<UUID, String> codeNames, Set<String> rejected, int top) {
        List<RankedCode> out = new ArrayList<>();
        // ask for more than shown, so rejected codes do not leave the list short
        for (SuggestionEngine.Ranked r : m.rank(new SuggestionEngine.Passage(source.id(), start, end, passage, language),
                top + rejected.size())) {
            if (out.size() == top || rejected.contains(key(start, end, r.codeId()))) {
                continue;
            }
            List<Evidence> evidence = r.evidence().stream().map(this::evidence).toList();
            out.add(new RankedCode(SuggestionId.of(source.id(), start, end, r.codeId()), r.codeId(),
                    codeNames.getOrDefault(r.codeId(), "?"), r.score(), evidence, r.terms()));
        }
        return out;
    }

    private Evidence evidence(SuggestionEngine.Match m) {
        SuggestionEngine.Example e = m.example();
        String name = sourceNames().getOrDefault(e.sourceId(), "?");
        String snippet;
        synchronized (this) { // the same few segments are the evidence for many units
            snippet = snippets.computeIfAbsent(e.codingId(), id -> snippet(e.text()));
        }
        return new Evidence(e.codingId(), e.sourceId(), name, e.start(), e.end(), snippet, m.score());
    }

    private Map<UUID, String> sourceNames;
    private final Map<UUID, String> snippets = new HashMap<>();

    private synchronized Map<UUID, String> sourceNames() {
        if (sourceNames == null) {
            Map<UUID, String> names = new HashMap<>();
            sources.list().forEach(s -> names.put(s.id(), s.name()));
            sourceNames = names;
        }
        return sourceNames;
    }

    /** The text on one line, cut to a readable length. */
    public static String snippet(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.codePointCount(0, flat.length()) <= SNIPPET ? flat
                : flat.substring(0, flat.offsetByCodePoints(0, SNIPPET - 1)) + "…";
    }

    private Map<UUID, String> codeNames() {
        Map<UUID, String> names = new HashMap<>();
        jdbi.withExtension(CodeDao.class, CodeDao::listAll).forEach(c -> names.put(c.id(), c.name()));
        return names;
    }

    private SearchLanguage languageOf(UUID sourceId) {
        return search.languages().getOrDefault(sourceId, SearchLanguage.DEFAULT);
    }

    private Set<String> rejectedKeys(UUID sourceId) {
        Set<String> keys = new HashSet<>();
        jdbi.withExtension(SuggestionDao.class, dao -> dao.rejections(sourceId, coder))
                .forEach(r -> keys.add(key(r.start(), r.end(), r.codeId())));
        return keys;
    }

    private static String key(int start, int end, UUID codeId) {
        return start + ":" + end + ":" + codeId;
    }

    private static <T> T unique(List<T> matches, String suggestionId) {
        if (matches.size() != 1) {
            throw new UserException("suggest.error.unknown", suggestionId);
        }
        return matches.get(0);
    }

    /** The model of the current codings, learned once and kept until the project changes. */
    private synchronized SuggestionEngine.Model model() {
        if (model == null) {
            model = engine.learn(examples(null));
        }
        return model;
    }

    private synchronized void forget() {
        if (model != null) {
            model.close();
            model = null;
        }
        sourceNames = null;
        snippets.clear();
    }
}
