package org.tematik.core.matrix;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import org.tematik.core.i18n.Messages;
import org.tematik.core.source.SourceService;
import org.tematik.core.storage.MatrixDao;
import org.tematik.core.util.UserException;

/**
 * Builds triangulation matrices and their evidence. Counts come from one GROUP BY over the codings (per
 * code and source, and coder when coders are the columns) crossed in memory with each source's column
 * values: a few queries whatever the size, none per code or cell. Words need the quotes, so that measure
 * reads every coding and the texts.
 */
public final class MatrixService {
    private final Jdbi jdbi;
    private final SourceService sources;

    public MatrixService(Jdbi jdbi, SourceService sources) {
        this.jdbi = jdbi;
        this.sources = sources;
    }

    public Matrix build(MatrixSpec spec) {
        Frame f = frame(spec);
        List<MatrixRows.Cell> cells = jdbi.withExtension(MatrixDao.class, dao -> cells(dao, spec.columns()));
        if (spec.columns().dimension() == Dimension.SOURCE) {
            Set<String> active = new HashSet<>();
            f.sourceNames.keySet().forEach(id -> active.add(id.toString())); // sourceNames holds the active sources only
            cells = cells.stream().filter(c -> active.contains(c.col())).toList();
        }
        Set<String> used = new HashSet<>();
        for (MatrixRows.Cell c : cells) {
            if (f.codeToRow.containsKey(c.codeId())) {
                used.add(c.col());
            }
        }
        List<Matrix.Column> columns = columns(used, f.labels);
        Map<String, Integer> colAt = indexColumns(columns);
        int nRows = f.heads.size();
        int nCols = columns.size();
        int[][] segments = new int[nRows][nCols];
        for (MatrixRows.Cell c : cells) {
            Integer r = f.codeToRow.get(c.codeId());
            if (r != null) {
                segments[r][colAt.get(c.col())] += c.segments(); // themes: the codings of the whole subtree
            }
        }
        int[][] values = switch (spec.measure()) {
            case SEGMENTS -> segments;
            case SOURCES -> sources(f, colAt, nRows, nCols);
            case WORDS -> words(f, colAt, nRows, nCols);
        };
        List<Matrix.Row> rows = new ArrayList<>(nRows);
        for (int r = 0; r < nRows; r++) {
            int span = 0;
            for (int c = 0; c < nCols; c++) {
                if (segments[r][c] > 0 && !columns.get(c).noValue()) {
                    span++;
                }
            }
            Matrix.Row h = f.heads.get(r);
            rows.add(new Matrix.Row(h.id(), h.name(), h.path(), h.color(), span, span >= spec.minSpan()));
        }
        return new Matrix(spec, rows, columns, values);
    }

    private static List<MatrixRows.Cell> cells(MatrixDao dao, MatrixSpec.Columns columns) {
        return switch (columns.dimension()) {
            case SOURCE_TYPE -> dao.cellsBySourceType();
            case METHOD -> dao.cellsByMethod();
            case CASE -> dao.cellsByCase();
            case SOURCE -> dao.cellsBySourceIncludingRemoved();
            case CODER -> dao.cellsByCoder();
            case ATTRIBUTE -> {
                Attribute a = attribute(dao, columns.attribute());
                yield a.onCases() ? dao.cellsByCaseAttribute(a.id()) : dao.cellsBySourceAttribute(a.id());
            }
        };
    }

    /** Distinct sources per cell, from codings counted per code and source (a theme's source counts once). */
    private int[][] sources(Frame f, Map<String, Integer> colAt, int nRows, int nCols) {
        List<MatrixRows.Group> groups = jdbi.withExtension(MatrixDao.class, dao -> f.byCoder() ? dao.bySourceAndCoder() : dao.bySource());
        int[][] distinct = new int[nRows][nCols];
        Map<UUID, Integer> sourceAt = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        for (MatrixRows.Group g : groups) {
            Integer r = f.codeToRow.get(g.codeId());
            if (r == null) {
                continue;
            }
            long source = sourceAt.computeIfAbsent(g.sourceId(), k -> sourceAt.size());
            for (String key : f.keysOf(g.sourceId(), g.coder())) {
                int c = colAt.get(key);
                if (seen.add(((long) r * nCols + c) * 4_000_000L + source)) {
                    distinct[r][c]++;
                }
            }
        }
        return distinct;
    }

    private int[][] words(Frame f, Map<String, Integer> colAt, int nRows, int nCols) {
        int[][] words = new int[nRows][nCols];
        for (MatrixRows.Hit h : jdbi.withExtension(MatrixDao.class, MatrixDao::hits)) {
            Integer r = f.codeToRow.get(h.codeId());
            if (r == null) {
                continue;
            }
            int n = Words.count(sources.codePoints(h.sourceId()).substring(h.start(), h.end()));
            for (String key : f.keysOf(h.sourceId(), h.coder())) {
                words[r][colAt.get(key)] += n;
            }
        }
        return words;
    }

    /** What an export needs: the matrix, every coded segment behind it and the codebook with its counts. */
    public record Export(Matrix matrix, List<Evidence> evidence, List<CodebookLine> codebook) {
    }

    /**
     * The matrix and everything behind it, for an export. The reads behind the evidence (paragraph starts, the
     * quoted texts) do not depend on the matrix, so they run while it is built. The codebook's counts come from
     * the codings the evidence reads anyway, rather than from one more scan of them all.
     */
    public Export export(MatrixSpec spec) {
        return inParallel(pool -> {
            EvidenceReads reads = new EvidenceReads(pool);
            Matrix m = build(spec);
            List<MatrixRows.Hit> hits = jdbi.withExtension(MatrixDao.class, MatrixDao::hits);
            return new Export(m, reads.evidence(m, hits), codebook(counts(hits)));
        });
    }

    /** Every coded segment behind the matrix, in row, column, source and text order. */
    public List<Evidence> evidence(Matrix matrix) {
        return inParallel(pool -> new EvidenceReads(pool).evidence(matrix, jdbi.withExtension(MatrixDao.class, MatrixDao::hits)));
    }

    /**
     * Paragraph starts and quoted texts, read beside the codings (each about a third of the time of the evidence
     * of a large project): an export of 100,000 quotes waits for the slowest.
     */
    private final class EvidenceReads {
        private final Future<Citations> cite;
        private final Future<?> texts;

        EvidenceReads(ExecutorService pool) {
            cite = pool.submit(() -> new Citations(jdbi.withExtension(MatrixDao.class, MatrixDao::paragraphStarts)));
            texts = pool.submit(() -> sources.preload(jdbi.withExtension(MatrixDao.class, MatrixDao::codedSources)));
        }

        List<Evidence> evidence(Matrix matrix, List<MatrixRows.Hit> hits) throws Exception {
            Frame f = frame(matrix.spec());
            texts.get();
            return MatrixService.this.evidence(matrix, f, hits, null, cite.get()::locate);
        }
    }

    private interface Parallel<T> {
        T run(ExecutorService pool) throws Exception;
    }

    private static <T> T inParallel(Parallel<T> work) {
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "matrix-reads");
            t.setDaemon(true);
            return t;
        });
        try {
            return work.run(pool);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The evidence of one cell: what a click on it shows. */
    public List<Evidence> evidence(Matrix matrix, int row, int column) {
        Frame f = frame(matrix.spec());
        UUID rowId = matrix.rows().get(row).id();
        int at = f.rowIndex(rowId);
        List<UUID> codes = f.codeToRow.entrySet().stream().filter(e -> e.getValue() == at).map(Map.Entry::getKey).toList();
        List<MatrixRows.Hit> hits = jdbi.withExtension(MatrixDao.class, dao -> dao.hitsOf(codes));
        return evidence(matrix, f, hits, matrix.columns().get(column), sources::locate);
    }

    /** Code paths, definitions and counts in codebook order. */
    public List<CodebookLine> codebook() {
        Map<UUID, MatrixRows.CodeCount> counts = new HashMap<>();
        jdbi.withExtension(MatrixDao.class, MatrixDao::codeCounts).forEach(c -> counts.put(c.codeId(), c));
        return codebook(counts);
    }

    /** What {@link MatrixDao#codeCounts} counts, from the codings of the active sources already read. */
    private static Map<UUID, MatrixRows.CodeCount> counts(List<MatrixRows.Hit> hits) {
        Map<UUID, Integer> segments = new HashMap<>();
        Map<UUID, Set<UUID>> sourcesOf = new HashMap<>();
        for (MatrixRows.Hit h : hits) {
            segments.merge(h.codeId(), 1, Integer::sum);
            sourcesOf.computeIfAbsent(h.codeId(), k -> new HashSet<>()).add(h.sourceId());
        }
        Map<UUID, MatrixRows.CodeCount> counts = new HashMap<>();
        segments.forEach((code, n) -> counts.put(code, new MatrixRows.CodeCount(code, n, sourcesOf.get(code).size())));
        return counts;
    }

    private List<CodebookLine> codebook(Map<UUID, MatrixRows.CodeCount> counts) {
        return tree().stream().map(n -> {
            MatrixRows.CodeCount c = counts.get(n.id());
            return new CodebookLine(n.path(), n.definition(), c == null ? 0 : c.segments(), c == null ? 0 : c.sources());
        }).toList();
    }

    public List<String> attributeNames() {
        return jdbi.withExtension(MatrixDao.class, MatrixDao::attributeNames);
    }

    private interface Locator {
        SourceService.Location locate(UUID sourceId, int offset);
    }

    private List<Evidence> evidence(Matrix matrix, Frame f, List<MatrixRows.Hit> hits, Matrix.Column only, Locator locator) {
        Map<UUID, Integer> rowAt = new HashMap<>();
        for (int i = 0; i < matrix.rows().size(); i++) {
            rowAt.put(matrix.rows().get(i).id(), i);
        }
        Map<String, Integer> colAt = indexColumns(matrix.columns());
        Map<UUID, String> codeNames = new HashMap<>();
        tree().forEach(n -> codeNames.put(n.id(), n.name()));
        record Placed(MatrixRows.Hit hit, int row, int column) {
        }
        List<Placed> placed = new ArrayList<>();
        for (MatrixRows.Hit h : hits) {
            Integer frameRow = f.codeToRow.get(h.codeId());
            Integer row = frameRow == null ? null : rowAt.get(f.heads.get(frameRow).id());
            if (row == null) {
                continue;
            }
            for (String key : f.keysOf(h.sourceId(), h.coder())) {
                if ((only == null || Objects.equals(only.key(), key)) && colAt.containsKey(key)) {
                    placed.add(new Placed(h, row, colAt.get(key)));
                }
            }
        }
        placed.sort(Comparator.comparingInt(Placed::row).thenComparingInt(Placed::column)
                .thenComparing(p -> f.sourceNames.getOrDefault(p.hit().sourceId(), ""))
                .thenComparing(p -> p.hit().sourceId())
                .thenComparingInt(p -> p.hit().start())
                .thenComparingInt(p -> p.hit().end()));
        List<Evidence> out = new ArrayList<>(placed.size());
        for (Placed p : placed) {
            MatrixRows.Hit h = p.hit();
            Matrix.Row row = matrix.rows().get(p.row());
            SourceService.Location at = locator.locate(h.sourceId(), h.start());
            out.add(new Evidence(row.id(), row.name(), codeNames.getOrDefault(h.codeId(), "?"), matrix.columns().get(p.column()).label(),
                    h.sourceId(), f.sourceNames.getOrDefault(h.sourceId(), "?"), h.start(), h.end(), at.page(), at.paragraph(),
                    h.coder(), sources.codePoints(h.sourceId()).substring(h.start(), h.end()), h.codingId()));
        }
        return out;
    }

    /** The rows, where each code goes, each source's column keys, and display labels of one spec. */
    private final class Frame {
        final List<Matrix.Row> heads = new ArrayList<>();
        final Map<UUID, Integer> codeToRow = new HashMap<>();
        final Map<UUID, List<String>> keys = new HashMap<>();
        final Map<String, String> labels = new HashMap<>();
        final Map<UUID, String> sourceNames = new HashMap<>();
        final Dimension dimension;

        Frame(MatrixSpec spec) {
            dimension = spec.columns().dimension();
            Map<UUID, Integer> rowOfCode = new HashMap<>();
            for (CodeTree.Node n : tree()) {
                UUID parent = n.parentId();
                if (spec.rows() == MatrixSpec.Rows.CODES || parent == null) {
                    rowOfCode.put(n.id(), heads.size());
                    heads.add(new Matrix.Row(n.id(), n.name(), n.path(), n.color(), 0, false));
                } else if (rowOfCode.containsKey(parent)) { // the tree lists a parent before its children
                    rowOfCode.put(n.id(), rowOfCode.get(parent));
                }
            }
            codeToRow.putAll(rowOfCode);
            List<MatrixRows.SourceValue> names = jdbi.withExtension(MatrixDao.class, MatrixDao::sourceNames);
            names.forEach(v -> sourceNames.put(v.sourceId(), v.val()));
            if (dimension == Dimension.CODER) {
                return;
            }
            List<MatrixRows.SourceValue> values = dimension == Dimension.SOURCE
                    ? names.stream().map(v -> new MatrixRows.SourceValue(v.sourceId(), v.sourceId().toString())).toList()
                    : jdbi.withExtension(MatrixDao.class, dao -> switch (dimension) {
                        case SOURCE_TYPE -> dao.sourceTypes();
                        case METHOD -> dao.methods();
                        case CASE -> dao.cases();
                        default -> {
                            Attribute a = attribute(dao, spec.columns().attribute());
                            yield a.onCases() ? dao.caseAttribute(a.id()) : dao.sourceAttribute(a.id());
                        }
                    });
            Map<UUID, Set<String>> bySource = new HashMap<>();
            for (MatrixRows.SourceValue v : values) {
                bySource.computeIfAbsent(v.sourceId(), k -> new LinkedHashSet<>()).add(v.val());
            }
            bySource.forEach((source, set) -> {
                if (set.size() > 1) {
                    set.remove(null); // a value through one case outweighs "none" through another
                }
                keys.put(source, new ArrayList<>(set));
            });
            if (dimension == Dimension.SOURCE) {
                labels.putAll(sourceNames.entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(e -> e.getKey().toString(), Map.Entry::getValue)));
            }
        }

        boolean byCoder() {
            return dimension == Dimension.CODER;
        }

        /** The column keys a coding falls under: its coder, or its source's values (null: no value). */
        List<String> keysOf(UUID sourceId, String coder) {
            if (dimension == Dimension.CODER) {
                return java.util.Collections.singletonList(coder);
            }
            List<String> k = keys.get(sourceId);
            return k == null ? java.util.Collections.singletonList(null) : k;
        }

        int rowIndex(UUID rowId) {
            for (int i = 0; i < heads.size(); i++) {
                if (heads.get(i).id().equals(rowId)) {
                    return i;
                }
            }
            return -1;
        }
    }

    private List<CodeTree.Node> tree() {
        return CodeTree.of(jdbi.withExtension(MatrixDao.class, MatrixDao::codes));
    }

    private Frame frame(MatrixSpec spec) {
        return new Frame(spec);
    }

    private record Attribute(UUID id, boolean onCases) {
    }

    /** An attribute by name: a source attribute if there is one, else a case attribute. */
    private static Attribute attribute(MatrixDao dao, String name) {
        List<UUID> ids = dao.attributeIds(name);
        if (ids.isEmpty()) {
            throw new UserException("matrix.error.unknownAttribute", name);
        }
        return new Attribute(ids.get(0), "case".equals(dao.attributeOwner(ids.get(0)).orElse("source")));
    }

    private static Map<String, Integer> indexColumns(List<Matrix.Column> columns) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            at.put(columns.get(i).key(), i);
        }
        return at;
    }

    /** Columns in the language's alphabetical order, "(no value)" last. */
    private static List<Matrix.Column> columns(Set<String> keys, Map<String, String> labels) {
        Collator collator = Collator.getInstance(Messages.locale());
        List<Matrix.Column> columns = new ArrayList<>();
        for (String key : keys) {
            if (key != null) {
                columns.add(new Matrix.Column(key, labels.getOrDefault(key, tidyNumber(key))));
            }
        }
        columns.sort(Comparator.comparing(Matrix.Column::label, collator).thenComparing(Matrix.Column::key));
        if (keys.contains(null)) {
            columns.add(new Matrix.Column(null, Messages.tr("matrix.noValue")));
        }
        return columns;
    }

    /** "2019.0000000000" (a DECIMAL attribute read as text) shows as "2019". */
    static String tidyNumber(String value) {
        if (value.matches("-?\\d+\\.\\d+")) {
            return new java.math.BigDecimal(value).stripTrailingZeros().toPlainString();
        }
        return value;
    }
}
