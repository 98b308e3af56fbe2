package org.tematik.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.Weight;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tematik.core.agreement.UnitSpans;
import org.tematik.core.casebook.Attribute;
import org.tematik.core.codebook.Code;
import org.tematik.core.codebook.CodebookService;
import org.tematik.core.coding.AddCoding;
import org.tematik.core.coding.BatchCoding;
import org.tematik.core.history.Command;
import org.tematik.core.history.CommandStack;
import org.tematik.core.source.SourceService;
import org.tematik.core.source.SourceStructure;
import org.tematik.core.storage.AttributeDao;
import org.tematik.core.storage.CodingDao;
import org.tematik.core.util.CodePoints;
import org.tematik.core.util.UserException;

/**
 * Full-text search over the sources (Lucene query syntax: words, "phrases", AND/OR/NOT, wild*cards,
 * "words near"~5), and auto-coding of every hit. Each source is analysed in its own language (the
 * source attribute {@code language}; Indonesian by default). Hits are mapped back to code-point
 * offsets in the stored text, with page and paragraph.
 */
public final class SearchService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchService.class);
    private static final int SNIPPET_CONTEXT = 60;
    /** The audit summary column holds 4,000 characters; a pasted paragraph as a query must still fit. */
    private static final int QUERY_IN_SUMMARY = 200;
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private final Jdbi jdbi;
    private final CommandStack stack;
    private final String coder;
    private final SourceService sources;
    private final CodebookService codebook;
    private final SearchIndex index;
    /**
     * True until the index was compared with the database, and again after any committed change. The
     * project is open in one process only (H2 locks it), so every change passes the command stack, and a
     * search after none skips the comparison (a query of all sources and their languages).
     */
    private volatile boolean changed = true;
    /**
     * Imported sources are added to the index here, after their transaction: a 2,000-page PDF is
     * 70,000 paragraph documents, and the import (and the GUI waiting for it) should not wait for Lucene.
     * Searches wait for it instead, so they never miss a source that was imported.
     */
    private final ExecutorService indexer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tematik-index");
        t.setDaemon(true);
        return t;
    });
    private final Object indexing = new Object();
    /** The last indexing handed to {@link #indexer} (the earlier ones are done when it is: one thread). */
    private Future<?> pending = CompletableFuture.completedFuture(null);
    /** An indexing is queued and not yet started: a batch of imports queues one, not one per file. */
    private boolean queued;

    public SearchService(Jdbi jdbi, CommandStack stack, String coder, SourceService sources, CodebookService codebook,
                         Path indexFolder) {
        this.jdbi = jdbi;
        this.stack = stack;
        this.coder = coder;
        this.sources = sources;
        this.codebook = codebook;
        this.index = new SearchIndex(indexFolder);
        stack.addListener(applied -> changed = true);
    }

    /** What auto-coding did. */
    public record AutocodeResult(int hits, int coded, int alreadyCoded, int outsideUnits, String codeName) {
    }

    /**
     * Adds or drops sources so the index matches the project (after any indexing of imports still
     * running); returns how many sources changed.
     */
    public int refresh() {
        awaitIndexing();
        return sync();
    }

    private int sync() {
        changed = false;
        return index.sync(wanted(), new SearchIndex.Loader() {
            @Override
            public String text(UUID sourceId) {
                return sources.text(sourceId);
            }

            @Override
            public SourceStructure structure(UUID sourceId) {
                return sources.structure(sourceId);
            }
        });
    }

    /**
     * Called after an import committed: queues the source for the index and returns. A failure there
     * must not undo a good import, so it is only logged (the next search tries again).
     */
    public void sourceImported(UUID sourceId) {
        synchronized (indexing) {
            if (queued || indexer.isShutdown()) {
                return;
            }
            queued = true;
            pending = indexer.submit(() -> {
                synchronized (indexing) {
                    queued = false;
                }
                try {
                    sync();
                } catch (RuntimeException e) {
                    LOG.warn("could not add source {} to the search index; the next search retries", sourceId, e);
                    changed = true;
                }
            });
        }
    }

    /** Waits until the sources imported so far are in the index. */
    private void awaitIndexing() {
        Future<?> last;
        synchronized (indexing) {
            last = pending;
        }
        try {
            last.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.warn("indexing imported sources failed", e.getCause());
        }
    }

    /** Every hit, in source and text order; {@code language} null searches sources of every language. */
    public SearchResult search(String query, SearchLanguage language) {
        return search(query, language, Integer.MAX_VALUE);
    }

    /** At most {@code limit} hits (the first ones in source and text order). */
    public SearchResult search(String query, SearchLanguage language, int limit) {
        long began = System.nanoTime();
        awaitIndexing();
        if (changed) {
            sync();
        }
        Query q = parse(query, language);
        IndexSearcher searcher = index.acquire();
        try {
            int paragraphs = searcher.count(q);
            List<SearchHit> hits = new ArrayList<>();
            if (paragraphs > 0) {
                Sort order = new Sort(new SortField(SearchIndex.SOURCE_NAME, SortField.Type.STRING),
                        new SortField(SearchIndex.START, SortField.Type.INT));
                ScoreDoc[] docs = searcher.search(q, Math.min(paragraphs, limit), order).scoreDocs;
                Weight weight = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1);
                for (List<SearchHit> ofParagraph : collect(weight, searcher.getIndexReader().leaves(), docs)) {
                    hits.addAll(ofParagraph);
                    if (hits.size() >= limit) {
                        break;
                    }
                }
            }
            boolean complete = hits.size() <= limit && paragraphs <= limit;
            List<SearchHit> shown = hits.size() > limit ? hits.subList(0, limit) : hits;
            return new SearchResult(query, List.copyOf(shown), paragraphs, complete && shown.size() == hits.size(),
                    (System.nanoTime() - began) / 1_000_000);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new UserException(e, "search.error.tooBroad", query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }

    /** Codes every hit (or the sentence, paragraph or speaker turn around it) with one code, as one undoable change. */
    public AutocodeResult autocode(String query, SearchLanguage language, String codeRef, AutocodeUnit unit) {
        Code code = codebook.resolve(codeRef);
        List<SearchHit> hits = search(query, language).hits();
        Set<String> existing = new HashSet<>();
        jdbi.useExtension(CodingDao.class, dao -> dao.forCodes(List.of(code.id())).stream()
                .filter(c -> c.coder().equals(coder)).forEach(c -> existing.add(key(c.sourceId(), c.start(), c.end()))));
        Map<UUID, List<UnitSpans.Span>> units = new HashMap<>();
        Set<String> planned = new HashSet<>();
        List<Command> steps = new ArrayList<>();
        int already = 0;
        int outside = 0;
        for (SearchHit hit : hits) {
            int[] span = unit == AutocodeUnit.HIT ? new int[] {hit.start(), hit.end()}
                    : widen(hit, units.computeIfAbsent(hit.sourceId(),
                            id -> new UnitSpans(sources).structural(id, unit.unit())));
            if (span == null) {
                outside++;
                continue;
            }
            String key = key(hit.sourceId(), span[0], span[1]);
            if (existing.contains(key)) {
                already++;
            } else if (planned.add(key)) {
                steps.add(AddCoding.fresh(hit.sourceId(), code.id(), span[0], span[1], null));
            }
        }
        if (!steps.isEmpty()) {
            String shown = query.length() > QUERY_IN_SUMMARY ? query.substring(0, QUERY_IN_SUMMARY) + "…" : query;
            stack.execute(new BatchCoding("Auto-coded " + steps.size() + " " + unit.label() + " segments matching '" + shown
                    + "' as '" + code.name() + "'", code.id(), query, steps), coder);
        }
        return new AutocodeResult(hits.size(), steps.size(), already, outside, code.name());
    }

    /** The units from the one holding the hit's start to the one holding its last character; null when outside all. */
    private static int[] widen(SearchHit hit, List<UnitSpans.Span> spans) {
        int first = containing(spans, hit.start());
        int last = containing(spans, Math.max(hit.start(), hit.end() - 1));
        if (first < 0 || last < 0) {
            return null;
        }
        return new int[] {spans.get(first).start(), spans.get(last).end()};
    }

    private static int containing(List<UnitSpans.Span> spans, int offset) {
        int lo = 0;
        int hi = spans.size() - 1;
        while (lo <= hi) { // spans are in text order and do not overlap
            int mid = (lo + hi) >>> 1;
            var s = spans.get(mid);
            if (s.end() <= offset) {
                lo = mid + 1;
            } else if (s.start() > offset) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private static String key(UUID source, int start, int end) {
        return source + ":" + start + ":" + end;
    }

    private Query parse(String query, SearchLanguage only) {
        if (query == null || query.isBlank()) {
            throw new UserException("search.error.empty");
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (SearchLanguage l : SearchLanguage.values()) {
            if (only != null && only != l) {
                continue;
            }
            QueryParser parser = new QueryParser(l.field(), l.analyzer());
            parser.setDefaultOperator(QueryParser.Operator.AND); // "budget leadership" means both, as in web search
            parser.setAllowLeadingWildcard(true);
            try {
                any.add(parser.parse(query.strip()), BooleanClause.Occur.SHOULD);
            } catch (ParseException | IllegalArgumentException e) {
                throw new UserException(e, "search.error.syntax", query, firstLine(e.getMessage()));
            }
        }
        return any.build();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    /**
     * The hits of each paragraph, in the order of {@code docs}. Doc values are read in doc-id order (their
     * iterators only move forward); the text comes from the source texts, which stay cached.
     */
    private List<List<SearchHit>> collect(Weight weight, List<LeafReaderContext> leaves, ScoreDoc[] docs) throws IOException {
        List<List<SearchHit>> out = new ArrayList<>(java.util.Collections.nCopies(docs.length, List.<SearchHit>of()));
        Integer[] byId = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            byId[i] = i;
        }
        java.util.Arrays.sort(byId, java.util.Comparator.comparingInt(i -> docs[i].doc));
        LeafReaderContext leaf = null;
        SortedDocValues names = null;
        NumericDocValues starts = null;
        NumericDocValues pages = null;
        NumericDocValues numbers = null;
        for (int i : byId) {
            int doc = docs[i].doc;
            LeafReaderContext now = leaves.get(ReaderUtil.subIndex(doc, leaves));
            if (now != leaf) {
                leaf = now;
                names = DocValues.getSorted(leaf.reader(), SearchIndex.SOURCE_NAME);
                starts = DocValues.getNumeric(leaf.reader(), SearchIndex.START);
                pages = DocValues.getNumeric(leaf.reader(), SearchIndex.PAGE);
                numbers = DocValues.getNumeric(leaf.reader(), SearchIndex.NUMBER);
            }
            int local = doc - leaf.docBase;
            Matches matches = weight.matches(leaf, local);
            if (matches == null || !names.advanceExact(local) || !starts.advanceExact(local)) {
                continue;
            }
            String key = names.lookupOrd(names.ordValue()).utf8ToString();
            int cut = key.lastIndexOf(SearchIndex.SEPARATOR);
            UUID sourceId = UUID.fromString(key.substring(cut + 1));
            Paragraph p = new Paragraph(sourceId, key.substring(0, cut), (int) starts.longValue(),
                    pages.advanceExact(local) ? (int) pages.longValue() : 0,
                    numbers.advanceExact(local) ? (int) numbers.longValue() : 0);
            out.set(i, hits(p, matches));
        }
        return out;
    }

    private record Paragraph(UUID sourceId, String sourceName, int start, int page, int number) {
    }

    private List<SearchHit> hits(Paragraph p, Matches matches) throws IOException {
        List<int[]> spans = new ArrayList<>();
        for (String field : matches) {
            MatchesIterator it = matches.getMatches(field);
            while (it != null && it.next()) {
                int from = it.startOffset();
                int to = it.endOffset();
                if (from >= 0 && to > from && spans.stream().noneMatch(s -> s[0] == from && s[1] == to)) {
                    spans.add(new int[] {from, to});
                }
            }
        }
        spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        CodePoints cp = sources.codePoints(p.sourceId());
        String text = cp.text();
        int base = cp.toUtf16(p.start());
        List<SearchHit> out = new ArrayList<>(spans.size());
        for (int[] s : spans) {
            int hitFrom = base + s[0];
            int hitTo = base + s[1];
            int from = Math.max(0, hitFrom - SNIPPET_CONTEXT);
            int to = Math.min(text.length(), hitTo + SNIPPET_CONTEXT);
            from = Character.isLowSurrogate(text.charAt(from)) ? from + 1 : from;
            to = to < text.length() && Character.isLowSurrogate(text.charAt(to)) ? to + 1 : to;
            String match = text.substring(hitFrom, hitTo);
            String lead = (from > 0 ? "…" : "") + flat(text.substring(from, hitFrom));
            String shown = flat(match);
            String snippet = lead + shown + flat(text.substring(hitTo, to)) + (to < text.length() ? "…" : "");
            out.add(new SearchHit(p.sourceId(), p.sourceName(), cp.toCodePoint(hitFrom), cp.toCodePoint(hitTo), p.page(),
                    p.number(), match, snippet, lead.length(), lead.length() + shown.length()));
        }
        return out;
    }

    private static String flat(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ");
    }

    /** Every active source with the language it is searched in. */
    private List<SearchIndex.Wanted> wanted() {
        Map<UUID, SearchLanguage> languages = languages();
        Map<UUID, Integer> versions = jdbi.withExtension(org.tematik.core.storage.SourceVersionDao.class,
                org.tematik.core.storage.SourceVersionDao::activeVersions);
        // a source imported since languages() listed them (imports go on while the index catches up) has no language attribute yet
        return sources.list().stream()
                .map(s -> new SearchIndex.Wanted(s.id(), s.name(), languages.getOrDefault(s.id(), SearchLanguage.DEFAULT),
                        versions.getOrDefault(s.id(), 1)))
                .toList();
    }

    /** The language of every active source (its language attribute, else the default). */
    public Map<UUID, SearchLanguage> languages() {
        Map<UUID, String> values = new HashMap<>();
        jdbi.useExtension(AttributeDao.class, dao -> dao.findByName(Attribute.ON_SOURCE, SearchLanguage.ATTRIBUTE).ifPresent(a ->
                dao.values(Attribute.ON_SOURCE).stream().filter(v -> v.attributeId().equals(a.id()))
                        .forEach(v -> values.put(v.ownerId(), v.value()))));
        Map<UUID, SearchLanguage> out = new HashMap<>();
        sources.list().forEach(s -> out.put(s.id(), SearchLanguage.ofAttribute(values.get(s.id()))));
        return out;
    }

    @Override
    public void close() {
        indexer.shutdown(); // an indexing under way is finished, so the index is left whole
        try {
            if (!indexer.awaitTermination(10, TimeUnit.MINUTES)) {
                LOG.warn("the search index was still being written when the project closed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        index.close();
    }
}
