package org.tematik.core.suggest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.tematik.core.search.SearchLanguage;

/**
 * Ranks codes by BM25 similarity between a passage and the coded segments, in an in-memory Lucene index
 * built from the examples. Each text is analysed by its source's language analyser (the one search uses),
 * and the resulting terms are indexed as they are, so Indonesian and English stems live side by side.
 * <p>
 * A code's score is a weighted mean of its three most similar segments (1, ½, ¼), divided by the score a
 * segment holding every query term would reach: between 0 and 1, and a code is not favoured merely for
 * having many codings.
 */
public final class LuceneSuggestionEngine implements SuggestionEngine {
    static final String NAME = "lucene-bm25";
    private static final String FIELD = "t";
    private static final String ORDINAL = "i";
    private static final int MAX_QUERY_TERMS = 32;
    private static final int HITS = 60;
    private static final double[] WEIGHTS = {1.0, 0.5, 0.25};
    private static final int EVIDENCE = 3;
    private static final int SHOWN_TERMS = 8;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean sendsTextOutside() {
        return false;
    }

    @Override
    public Model learn(List<Example> examples) {
        Terms terms = new Terms();
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        Map<java.util.UUID, java.util.Set<String>> termSets = new HashMap<>();
        IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer()).setSimilarity(new BM25Similarity());
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            for (int i = 0; i < examples.size(); i++) {
                Example e = examples.get(i);
                List<String> analysed = terms.analyse(e.text(), e.language()).stream().map(Token::term).toList();
                termSets.put(e.codingId(), new java.util.HashSet<>(analysed));
                Document doc = new Document();
                doc.add(new StoredField(ORDINAL, i));
                doc.add(new TextField(FIELD, String.join(" ", analysed), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.forceMerge(1); // one segment: document order, and so tie-breaking, is the examples' order
            writer.commit();
            return new LuceneModel(DirectoryReader.open(dir), examples, termSets, terms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A term and the word it came from, as written in the passage. */
    record Token(String term, String word) {
    }

    /**
     * The analysers, one per language, shared by learning and ranking. Search keeps stop words (people search for
     * phrases); here they are dropped, because "untuk" or "the" is no reason to suggest a code.
     */
    static final class Terms {
        private final Map<SearchLanguage, Analyzer> analyzers = new EnumMap<>(SearchLanguage.class);

        private static org.apache.lucene.analysis.CharArraySet stopWords(SearchLanguage language) {
            return language == SearchLanguage.ENGLISH ? org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET
                    : org.apache.lucene.analysis.id.IndonesianAnalyzer.getDefaultStopSet();
        }

        synchronized List<Token> analyse(String text, SearchLanguage language) {
            Analyzer analyzer = analyzers.computeIfAbsent(language, SearchLanguage::analyzer);
            org.apache.lucene.analysis.CharArraySet stop = stopWords(language);
            List<Token> out = new ArrayList<>();
            try (var stream = analyzer.tokenStream(FIELD, text)) {
                var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
                var offset = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    String t = term.toString();
                    String word = text.substring(offset.startOffset(), offset.endOffset());
                    if (!t.isBlank() && t.indexOf(' ') < 0 && !stop.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                        out.add(new Token(t, word));
                    }
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        }
    }

    private static final class LuceneModel implements Model {
        private final DirectoryReader reader;
        private final IndexSearcher searcher;
        private final List<Example> examples;
        private final Map<java.util.UUID, java.util.Set<String>> termSets;
        private final Terms terms;
        private final int[] ordinals; // Lucene doc id -> index into examples, read once instead of per hit
        private final Map<String, Integer> docFreq = new HashMap<>();
        // looked up in the term dictionary once per term, not twice per passage (the cost of a 300,000-character source)
        private final Map<String, org.apache.lucene.index.TermStates> states = new HashMap<>();

        LuceneModel(DirectoryReader reader, List<Example> examples, Map<java.util.UUID, java.util.Set<String>> termSets, Terms terms) {
            this.reader = reader;
            this.examples = examples;
            this.termSets = termSets;
            this.terms = terms;
            termSets.values().forEach(set -> set.forEach(t -> docFreq.merge(t, 1, Integer::sum)));
            this.searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
            try {
                var stored = reader.storedFields();
                ordinals = new int[reader.maxDoc()];
                for (int doc = 0; doc < ordinals.length; doc++) {
                    ordinals[doc] = stored.document(doc).getField(ORDINAL).numericValue().intValue();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A query term: its weight in the passage (tf · idf), its idf, and the passage's own word for it. */
        private record QueryTerm(String term, String word, int tf, double idf) {
            double weight() {
                return tf * idf;
            }
        }

        @Override
        public synchronized List<Ranked> rank(Passage passage, int top) {
            if (examples.isEmpty() || top <= 0) {
                return List.of();
            }
            try {
                List<QueryTerm> query = queryTerms(passage);
                if (query.isEmpty()) {
                    return List.of();
                }
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                double bound = 0;
                for (QueryTerm q : query) {
                    float boost = (float) (1 + Math.log(q.tf()));
                    Term term = new Term(FIELD, q.term());
                    org.apache.lucene.index.TermStates known = states.get(q.term());
                    if (known == null) {
                        known = org.apache.lucene.index.TermStates.build(searcher, term, true);
                        states.put(q.term(), known);
                    }
                    b.add(new BoostQuery(new TermQuery(term, known), boost), BooleanClause.Occur.SHOULD);
                    bound += boost * q.idf(); // BM25's ceiling for this term (tf saturates below idf)
                }
                ScoreDoc[] hits = searcher.search(b.build(), HITS).scoreDocs;
                return aggregate(hits, query, bound, top);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private List<QueryTerm> queryTerms(Passage passage) {
            Map<String, int[]> tf = new LinkedHashMap<>();
            Map<String, String> words = new HashMap<>();
            for (Token t : terms.analyse(passage.text(), passage.language())) {
                tf.computeIfAbsent(t.term(), k -> new int[1])[0]++;
                words.putIfAbsent(t.term(), t.word());
            }
            int n = examples.size();
            List<QueryTerm> out = new ArrayList<>();
            for (Map.Entry<String, int[]> e : tf.entrySet()) {
                int df = docFreq.getOrDefault(e.getKey(), 0);
                if (df > 0) {
                    double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
                    out.add(new QueryTerm(e.getKey(), words.get(e.getKey()), e.getValue()[0], idf));
                }
            }
            out.sort(Comparator.comparingDouble(QueryTerm::weight).reversed().thenComparing(QueryTerm::term));
            return out.size() > MAX_QUERY_TERMS ? out.subList(0, MAX_QUERY_TERMS) : out;
        }

        private List<Ranked> aggregate(ScoreDoc[] hits, List<QueryTerm> query, double bound, int top) {
            // hits arrive best first, ties by document order: so each code's list is in a fixed order
            Map<java.util.UUID, List<Match>> byCode = new LinkedHashMap<>();
            for (ScoreDoc hit : hits) {
                Example e = examples.get(ordinals[hit.doc]);
                byCode.computeIfAbsent(e.codeId(), k -> new ArrayList<>()).add(new Match(e, round(hit.score / bound)));
            }
            List<Ranked> ranked = new ArrayList<>();
            double total = 0;
            for (double w : WEIGHTS) {
                total += w;
            }
            for (Map.Entry<java.util.UUID, List<Match>> e : byCode.entrySet()) {
                List<Match> matches = e.getValue();
                double sum = 0;
                for (int i = 0; i < Math.min(WEIGHTS.length, matches.size()); i++) {
                    sum += WEIGHTS[i] * matches.get(i).score();
                }
                List<Match> evidence = List.copyOf(matches.subList(0, Math.min(EVIDENCE, matches.size())));
                ranked.add(new Ranked(e.getKey(), round(Math.min(1, sum / total)), evidence, shared(query, evidence)));
            }
            ranked.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparing(Ranked::codeId));
            return ranked.size() > top ? List.copyOf(ranked.subList(0, top)) : ranked;
        }

        /** The passage's words whose terms also occur in the evidence, most telling first. */
        private List<String> shared(List<QueryTerm> query, List<Match> evidence) {
            List<String> out = new ArrayList<>();
            for (QueryTerm q : query) {
                boolean inEvidence = evidence.stream().anyMatch(m -> termSets.get(m.example().codingId()).contains(q.term()));
                String word = q.word().toLowerCase(java.util.Locale.ROOT);
                if (inEvidence && !out.contains(word)) {
                    out.add(word);
                    if (out.size() == SHOWN_TERMS) {
                        break;
                    }
                }
            }
            return out;
        }

        private static double round(double v) {
            return Math.round(v * 1000) / 1000.0;
        }

        @Override
        public void close() {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
