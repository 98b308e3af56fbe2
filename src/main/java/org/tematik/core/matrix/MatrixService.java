package org.tematik.core.matrix;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.tematik.core.codebook.CodeNode;
import org.tematik.core.codebook.CodebookService;
import org.tematik.core.i18n.Messages;
import org.tematik.core.source.Source;
import org.tematik.core.source.SourceService;
import org.tematik.core.storage.MatrixDao;
import org.tematik.core.util.UserException;

/**
 * Builds triangulation matrices and their evidence. Segment and source counts come from one GROUP BY
 * (no query per code or cell); words need the quotes, so that measure reads the codings and the texts.
 */
public final class MatrixService {
    private final Jdbi jdbi;
    private final SourceService sources;
    private final CodebookService codebook;

    public MatrixService(Jdbi jdbi, SourceService sources, CodebookService codebook) {
        this.jdbi = jdbi;
        this.sources = sources;
        this.codebook = codebook;
    }

    public Matrix build(MatrixSpec spec) {
        Query q = query(spec);
        List<MatrixRows.Cell> cells = jdbi.withExtension(MatrixDao.class, dao -> dao.cells(q.rows, q.join, q.col));
        List<Matrix.Row> heads = rowHeads(spec.rows());
        Map<String, String> labels = labels(spec);
        List<Matrix.Column> columns = columns(cells.stream().map(MatrixRows.Cell::col).distinct().toList(), labels);
        Map<UUID, Integer> rowAt = indexRows(heads);
        Map<String, Integer> colAt = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            colAt.put(columns.get(i).key(), i);
        }
        int[][] values = new int[heads.size()][columns.size()];
        int[][] segments = new int[heads.size()][columns.size()];
        for (MatrixRows.Cell c : cells) {
            Integer r = rowAt.get(c.rowId());
            if (r == null) {
                continue; // a code whose parent chain is broken cannot be placed; the codebook never makes one
            }
            int col = colAt.get(c.col());
            segments[r][col] = c.segments();
            values[r][col] = spec.measure() == MatrixSpec.Measure.SOURCES ? c.sources() : c.segments();
        }
        if (spec.measure() == MatrixSpec.Measure.WORDS) {
            values = new int[heads.size()][columns.size()];
            for (MatrixRows.Hit h : hits(q, null)) {
                Integer r = rowAt.get(h.rowId());
                if (r != null) {
                    values[r][colAt.get(h.col())] += Words.count(sources.codePoints(h.sourceId()).substring(h.start(), h.end()));
                }
            }
        }
        List<Matrix.Row> rows = new ArrayList<>();
        for (int r = 0; r < heads.size(); r++) {
            int span = 0;
            for (int c = 0; c < columns.size(); c++) {
                if (segments[r][c] > 0 && !columns.get(c).noValue()) {
                    span++;
                }
            }
            Matrix.Row h = heads.get(r);
            rows.add(new Matrix.Row(h.id(), h.name(), h.path(), h.color(), span, span >= spec.minSpan()));
        }
        return new Matrix(spec, rows, columns, values);
    }

    /** Every coded segment behind the matrix, in row, column, source and text order. */
    public List<Evidence> evidence(Matrix matrix) {
        Query q = query(matrix.spec());
        Citations cite = new Citations(jdbi.withExtension(MatrixDao.class, MatrixDao::paragraphStarts));
        return evidence(matrix, hits(q, null), cite::locate);
    }

    /** The evidence of one cell: what a click on it shows. */
    public List<Evidence> evidence(Matrix matrix, int row, int column) {
        Query q = query(matrix.spec());
        Matrix.Column col = matrix.columns().get(column);
        List<MatrixRows.Hit> hits = hits(q, matrix.rows().get(row).id()).stream()
                .filter(h -> Objects.equals(h.col(), col.key())).toList();
        return evidence(matrix, hits, sources::locate);
    }

    /** Code paths, definitions and counts in codebook order. */
    public List<CodebookLine> codebook() {
        Map<UUID, MatrixRows.CodeCount> counts = new HashMap<>();
        jdbi.withExtension(MatrixDao.class, MatrixDao::codeCounts).forEach(c -> counts.put(c.codeId(), c));
        return codebook.tree().stream().map(n -> {
            MatrixRows.CodeCount c = counts.get(n.code().id());
            return new CodebookLine(n.path(), n.code().definition(), c == null ? 0 : c.segments(), c == null ? 0 : c.sources());
        }).toList();
    }

    public List<String> attributeNames() {
        return jdbi.withExtension(MatrixDao.class, MatrixDao::attributeNames);
    }

    private interface Locator {
        SourceService.Location locate(UUID sourceId, int offset);
    }

    private List<Evidence> evidence(Matrix matrix, List<MatrixRows.Hit> hits, Locator locator) {
        Map<UUID, Integer> rowAt = indexRows(matrix.rows());
        Map<String, Integer> colAt = new HashMap<>();
        for (int i = 0; i < matrix.columns().size(); i++) {
            colAt.put(matrix.columns().get(i).key(), i);
        }
        Map<UUID, String> codeNames = new HashMap<>();
        codebook.tree().forEach(n -> codeNames.put(n.code().id(), n.code().name()));
        Map<UUID, String> sourceNames = new HashMap<>();
        sources.list().forEach(s -> sourceNames.put(s.id(), s.name()));
        List<MatrixRows.Hit> sorted = new ArrayList<>(hits.stream().filter(h -> rowAt.containsKey(h.rowId())).toList());
        sorted.sort(Comparator.<MatrixRows.Hit>comparingInt(h -> rowAt.get(h.rowId()))
                .thenComparingInt(h -> colAt.getOrDefault(h.col(), Integer.MAX_VALUE))
                .thenComparing(h -> sourceNames.getOrDefault(h.sourceId(), ""))
                .thenComparing(MatrixRows.Hit::sourceId)
                .thenComparingInt(MatrixRows.Hit::start)
                .thenComparingInt(MatrixRows.Hit::end));
        List<Evidence> out = new ArrayList<>(sorted.size());
        for (MatrixRows.Hit h : sorted) {
            Matrix.Row row = matrix.rows().get(rowAt.get(h.rowId()));
            Integer c = colAt.get(h.col());
            SourceService.Location at = locator.locate(h.sourceId(), h.start());
            out.add(new Evidence(h.rowId(), row.name(), codeNames.getOrDefault(h.codeId(), "?"),
                    c == null ? Messages.tr("matrix.noValue") : matrix.columns().get(c).label(), h.sourceId(),
                    sourceNames.getOrDefault(h.sourceId(), "?"), h.start(), h.end(), at.page(), at.paragraph(), h.coder(),
                    sources.codePoints(h.sourceId()).substring(h.start(), h.end()), h.codingId()));
        }
        return out;
    }

    private List<MatrixRows.Hit> hits(Query q, UUID row) {
        return jdbi.withExtension(MatrixDao.class, dao -> row == null
                ? dao.hits(q.rows, q.join, q.col) : dao.hitsOfRow(q.rows, q.join, q.col, row));
    }

    private record Query(String rows, String join, String col) {
    }

    private Query query(MatrixSpec spec) {
        String rows = spec.rows() == MatrixSpec.Rows.THEMES ? MatrixDao.THEMES_AS_ROWS : MatrixDao.CODES_AS_ROWS;
        Dimension d = spec.columns().dimension();
        if (d != Dimension.ATTRIBUTE) {
            return new Query(rows, d.join(), d.column());
        }
        String name = spec.columns().attribute();
        return jdbi.withExtension(MatrixDao.class, dao -> {
            List<UUID> ids = dao.attributeIds(name);
            if (ids.isEmpty()) {
                throw new UserException("matrix.error.unknownAttribute", name);
            }
            boolean onCases = "case".equals(dao.attributeOwner(ids.get(0)).orElse("source"));
            return new Query(rows, Dimension.attributeJoin(ids.get(0), onCases), d.column());
        });
    }

    private List<Matrix.Row> rowHeads(MatrixSpec.Rows mode) {
        List<Matrix.Row> heads = new ArrayList<>();
        for (CodeNode n : codebook.tree()) {
            if (mode == MatrixSpec.Rows.CODES || n.code().parentId() == null) {
                heads.add(new Matrix.Row(n.code().id(), n.code().name(), n.path(), n.code().color(), 0, false));
            }
        }
        return heads;
    }

    private static Map<UUID, Integer> indexRows(List<Matrix.Row> rows) {
        Map<UUID, Integer> at = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            at.put(rows.get(i).id(), i);
        }
        return at;
    }

    /** Display labels for stored values: source names for the source dimension, numbers without trailing zeros. */
    private Map<String, String> labels(MatrixSpec spec) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (spec.columns().dimension() == Dimension.SOURCE) {
            for (Source s : sources.list()) {
                labels.put(s.id().toString(), s.name());
            }
        }
        return labels;
    }

    private static List<Matrix.Column> columns(List<String> keys, Map<String, String> labels) {
        Collator collator = Collator.getInstance(Messages.locale());
        List<Matrix.Column> columns = new ArrayList<>();
        boolean noValue = false;
        for (String key : keys) {
            if (key == null) {
                noValue = true;
            } else {
                columns.add(new Matrix.Column(key, labels.getOrDefault(key, tidyNumber(key))));
            }
        }
        columns.sort(Comparator.comparing(Matrix.Column::label, collator).thenComparing(Matrix.Column::key));
        if (noValue) {
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
