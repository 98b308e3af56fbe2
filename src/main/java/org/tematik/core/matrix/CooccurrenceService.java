package org.tematik.core.matrix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.tematik.core.source.SourceService;
import org.tematik.core.storage.MatrixDao;
import org.tematik.core.util.CodePoints;

/**
 * Code × code co-occurrence from one read of all coded spans (sorted by source and start), swept per
 * source: overlap compares each span only with the spans still open at its start.
 */
public final class CooccurrenceService {
    private final Jdbi jdbi;
    private final SourceService sources;

    public CooccurrenceService(Jdbi jdbi, SourceService sources) {
        this.jdbi = jdbi;
        this.sources = sources;
    }

    public Cooccurrence build(Cooccurrence.Mode mode) {
        List<Cooccurrence.Code> codes = new ArrayList<>();
        Map<UUID, Integer> at = new HashMap<>();
        for (CodeTree.Node n : CodeTree.of(jdbi.withExtension(MatrixDao.class, MatrixDao::codes))) {
            at.put(n.id(), codes.size());
            codes.add(new Cooccurrence.Code(n.id(), n.path(), n.color()));
        }
        List<MatrixRows.Span> spans = jdbi.withExtension(MatrixDao.class, MatrixDao::spans);
        Citations cite = new Citations(jdbi.withExtension(MatrixDao.class, MatrixDao::paragraphStarts));
        Map<UUID, String> names = new HashMap<>();
        sources.list().forEach(s -> names.put(s.id(), s.name()));
        int[][] counts = new int[codes.size()][codes.size()];
        List<Cooccurrence.Pair> pairs = new ArrayList<>();
        int from = 0;
        while (from < spans.size()) {
            int to = from;
            UUID source = spans.get(from).sourceId();
            while (to < spans.size() && spans.get(to).sourceId().equals(source)) {
                MatrixRows.Span s = spans.get(to++);
                Integer i = at.get(s.codeId());
                if (i != null) {
                    counts[i][i]++;
                }
            }
            List<MatrixRows.Span> inSource = spans.subList(from, to);
            if (mode == Cooccurrence.Mode.OVERLAP) {
                overlaps(inSource, at, cite, names.getOrDefault(source, "?"), pairs);
            } else {
                paragraphs(inSource, at, cite, names.getOrDefault(source, "?"), pairs);
            }
            from = to;
        }
        for (Cooccurrence.Pair p : pairs) {
            counts[p.a()][p.b()]++;
            counts[p.b()][p.a()]++;
        }
        return new Cooccurrence(mode, codes, counts, pairs);
    }

    private void overlaps(List<MatrixRows.Span> spans, Map<UUID, Integer> at, Citations cite, String source,
                          List<Cooccurrence.Pair> out) {
        List<MatrixRows.Span> open = new ArrayList<>();
        for (MatrixRows.Span s : spans) {
            open.removeIf(o -> o.end() <= s.start());
            for (MatrixRows.Span o : open) {
                Integer a = at.get(o.codeId());
                Integer b = at.get(s.codeId());
                if (a != null && b != null && !a.equals(b)) {
                    out.add(pair(Math.min(a, b), Math.max(a, b), a < b ? o : s, a < b ? s : o, cite, source,
                            Math.min(o.start(), s.start()), Math.max(o.end(), s.end())));
                }
            }
            open.add(s);
        }
    }

    /** Each code is counted once per paragraph it touches; the first coding of each code there gives the quote. */
    private void paragraphs(List<MatrixRows.Span> spans, Map<UUID, Integer> at, Citations cite, String source,
                            List<Cooccurrence.Pair> out) {
        Map<Integer, Map<Integer, MatrixRows.Span>> byParagraph = new java.util.TreeMap<>();
        Map<Integer, int[]> bounds = new HashMap<>();
        for (MatrixRows.Span s : spans) {
            Integer code = at.get(s.codeId());
            if (code == null) {
                continue;
            }
            int first = cite.locate(s.sourceId(), s.start()).paragraph();
            int last = cite.locate(s.sourceId(), s.end() - 1).paragraph();
            for (int p = first; p <= last; p++) {
                byParagraph.computeIfAbsent(p, k -> new LinkedHashMap<>()).putIfAbsent(code, s);
                int[] b = bounds.computeIfAbsent(p, k -> new int[] {s.start(), s.end()});
                b[0] = Math.min(b[0], s.start());
                b[1] = Math.max(b[1], s.end());
            }
        }
        for (var e : byParagraph.entrySet()) {
            List<Map.Entry<Integer, MatrixRows.Span>> codes = new ArrayList<>(e.getValue().entrySet());
            codes.sort(Map.Entry.comparingByKey());
            int[] b = bounds.get(e.getKey());
            for (int x = 0; x < codes.size(); x++) {
                for (int y = x + 1; y < codes.size(); y++) {
                    out.add(pair(codes.get(x).getKey(), codes.get(y).getKey(), codes.get(x).getValue(), codes.get(y).getValue(),
                            cite, source, b[0], b[1]));
                }
            }
        }
    }

    private Cooccurrence.Pair pair(int a, int b, MatrixRows.Span sa, MatrixRows.Span sb, Citations cite, String source,
                                   int start, int end) {
        CodePoints text = sources.codePoints(sa.sourceId());
        SourceService.Location loc = cite.locate(sa.sourceId(), start);
        return new Cooccurrence.Pair(a, b, sa.sourceId(), source, start, end, loc.page(), loc.paragraph(),
                text.substring(sa.start(), sa.end()), text.substring(sb.start(), sb.end()));
    }
}
