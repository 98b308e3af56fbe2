package org.tematik.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tematik.core.source.SourceStructure;

/**
 * The Lucene index in the project's {@code index/} folder: one document per paragraph (so a boolean query
 * means "in the same paragraph"), indexing the paragraph text with term offsets, and holding its source,
 * code-point start, page and number as doc values; plus one marker document per source naming what was indexed. The index is
 * derived data: {@link #sync} compares the markers with the sources the database wants indexed and adds
 * or drops sources, and a missing, damaged or older-format index is rebuilt from scratch.
 */
final class SearchIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    /** Bump when fields or analysers change, so old indexes are rebuilt rather than misread. */
    static final String FORMAT = "tematik-search-2";
    static final String FORMAT_KEY = "format";
    /**
     * A commit (an fsync) per imported file made a 1,000-file import spend most of its time in Lucene, so
     * commits are at most this often, and on close. A crash loses at most the uncommitted sources from the
     * index, and the next sync adds them again from the database.
     */
    private static final long COMMIT_EVERY_NANOS = 5_000_000_000L;

    static final String SOURCE = "source";
    static final String SOURCE_NAME = "sourceName";
    static final String KIND = "kind";
    static final String MARKER = "marker";
    static final String PARAGRAPH = "paragraph";
    static final String KEY = "key";
    static final String START = "start";
    static final String PAGE = "page";
    static final String NUMBER = "number";
    /** Between the source name and id in the sort key (names sort first, the id keeps equal names apart). */
    static final String SEPARATOR = "\u0000";

    private static final FieldType TEXT = new FieldType();

    static {
        TEXT.setTokenized(true);
        TEXT.setStored(false); // the text is in H2 (and cached); reading it back from Lucene was the slow part of a search
        TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT.freeze();
    }

    /** What the index should hold for one source; a change of language, name or text version re-indexes it. */
    record Wanted(UUID id, String name, SearchLanguage language, int version) {
        /** Version 1 adds nothing, so indexes built before source versions existed stay valid. */
        String key() {
            return id + "|" + language.code() + "|" + name + (version > 1 ? "|v" + version : "");
        }
    }

    /** The text and structure of a source, loaded only when it has to be indexed. */
    interface Loader {
        String text(UUID sourceId);

        SourceStructure structure(UUID sourceId);
    }

    private final Path folder;
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    /** Marker keys by source: what the index holds now. */
    private Map<UUID, String> indexed;
    /** Changes not yet visible to searchers. */
    private boolean stale;
    private long lastCommit = System.nanoTime();

    SearchIndex(Path folder) {
        this.folder = folder;
    }

    /** Brings the index in line with {@code wanted}; returns how many sources were added or dropped. */
    synchronized int sync(List<Wanted> wanted, Loader loader) {
        try {
            open();
            Map<UUID, Wanted> want = new HashMap<>();
            wanted.forEach(w -> want.put(w.id(), w));
            List<UUID> drop = new ArrayList<>();
            indexed.forEach((id, key) -> {
                Wanted w = want.get(id);
                if (w == null || !w.key().equals(key)) {
                    drop.add(id);
                }
            });
            List<Wanted> add = wanted.stream().filter(w -> !w.key().equals(indexed.get(w.id()))).toList();
            if (drop.isEmpty() && add.isEmpty()) {
                return 0;
            }
            for (UUID id : drop) {
                writer.deleteDocuments(new Term(SOURCE, id.toString()));
                indexed.remove(id);
            }
            for (Wanted w : add) {
                writer.deleteDocuments(new Term(SOURCE, w.id().toString()));
                writer.addDocuments(documents(w, loader.text(w.id()), loader.structure(w.id())));
                indexed.put(w.id(), w.key());
            }
            stale = true;
            if (System.nanoTime() - lastCommit > COMMIT_EVERY_NANOS) {
                commit();
            }
            return drop.size() + add.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A searcher that sees every change so far; give it back with {@link #release}. */
    synchronized IndexSearcher acquire() {
        try {
            open();
            if (stale) {
                searchers.maybeRefreshBlocking();
                stale = false;
            }
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void open() throws IOException {
        if (writer != null) {
            return;
        }
        Files.createDirectories(folder);
        directory = FSDirectory.open(folder);
        boolean usable = false;
        try {
            if (DirectoryReader.indexExists(directory)) {
                try (DirectoryReader reader = DirectoryReader.open(directory)) {
                    usable = FORMAT.equals(reader.getIndexCommit().getUserData().get(FORMAT_KEY));
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("search index in {} is unreadable; rebuilding it", folder, e); // derived data: rebuild, never fail
        }
        if (!usable) {
            directory.close();
            wipe();
            directory = FSDirectory.open(folder);
        }
        IndexWriterConfig config = new IndexWriterConfig(analyzer());
        config.setOpenMode(usable ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
        writer = new IndexWriter(directory, config);
        if (!usable) {
            writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
            writer.commit();
        }
        searchers = new SearcherManager(writer, null);
        indexed = readMarkers();
    }

    private Map<UUID, String> readMarkers() throws IOException {
        Map<UUID, String> markers = new HashMap<>();
        IndexSearcher searcher = searchers.acquire();
        try {
            TermQuery query = new TermQuery(new Term(KIND, MARKER));
            int n = Math.max(1, searcher.count(query));
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc d : searcher.search(query, n).scoreDocs) {
                Document doc = stored.document(d.doc);
                markers.put(UUID.fromString(doc.get(SOURCE)), doc.get(KEY));
            }
        } finally {
            searchers.release(searcher);
        }
        return markers;
    }

    private void wipe() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                if (Files.isRegularFile(f)) {
                    Files.delete(f);
                }
            }
        }
    }

    static Analyzer analyzer() {
        Map<String, Analyzer> fields = new HashMap<>();
        for (SearchLanguage l : SearchLanguage.values()) {
            fields.put(l.field(), l.analyzer());
        }
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), fields);
    }

    private static List<Document> documents(Wanted w, String text, SourceStructure structure) {
        List<Document> docs = new ArrayList<>();
        Document marker = new Document();
        marker.add(new StringField(SOURCE, w.id().toString(), Field.Store.YES));
        marker.add(new StringField(KIND, MARKER, Field.Store.NO));
        marker.add(new StoredField(KEY, w.key()));
        docs.add(marker);
        List<SourceStructure.Paragraph> paragraphs = structure.paragraphs().isEmpty()
                ? List.of(new SourceStructure.Paragraph(0, 0, text.codePointCount(0, text.length()), 0, "body"))
                : structure.paragraphs();
        org.tematik.core.util.CodePoints cp = new org.tematik.core.util.CodePoints(text);
        for (SourceStructure.Paragraph p : paragraphs) {
            String body = cp.substring(p.start(), p.end());
            if (body.isBlank()) {
                continue;
            }
            Document doc = new Document();
            doc.add(new StringField(SOURCE, w.id().toString(), Field.Store.NO));
            doc.add(new StringField(KIND, PARAGRAPH, Field.Store.NO));
            doc.add(new SortedDocValuesField(SOURCE_NAME, new BytesRef(w.name() + SEPARATOR + w.id())));
            doc.add(new NumericDocValuesField(START, p.start()));
            doc.add(new NumericDocValuesField(PAGE, p.page()));
            doc.add(new NumericDocValuesField(NUMBER, p.number()));
            doc.add(new Field(w.language().field(), body, TEXT));
            docs.add(doc);
        }
        return docs;
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
        writer.commit();
        lastCommit = System.nanoTime();
    }

    @Override
    public synchronized void close() {
        try {
            if (writer != null) {
                commit();
            }
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                writer.close();
            }
            if (directory != null) {
                directory.close();
            }
        } catch (IOException e) {
            LOG.warn("closing the search index failed", e);
        } finally {
            writer = null;
            searchers = null;
            directory = null;
        }
    }
}
