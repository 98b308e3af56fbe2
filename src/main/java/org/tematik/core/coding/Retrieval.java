package org.tematik.core.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tematik.core.casebook.CasebookService;
import org.tematik.core.source.Source;
import org.tematik.core.source.SourceService;
import org.tematik.core.util.CodePoints;

/**
 * Retrieval: the passages coded with some codes (OR: any of them, one hit per coding) or with all of
 * them (AND: where every code's coded text overlaps), across sources, with context on both sides.
 * Filters narrow it to a source type, a case or a coder.
 */
public final class Retrieval {
    /** Characters of context shown before and after a passage (code points). */
    public static final int CONTEXT = 120;

    /** What to retrieve; null filters mean "any". */
    public record Query(Set<UUID> codeIds, boolean all, String sourceType, String caseName, String coder) {
    }

    /** One passage: where it is, which codes and coders, the text and its context. */
    public record Hit(UUID sourceId, String sourceName, int start, int end, List<String> codeNames, Set<String> coders,
                      String before, String text, String after, int page, int paragraph) {
    }

    private final CodingService codings;
    private final SourceService sources;
    private final CasebookService casebook;

    public Retrieval(CodingService codings, SourceService sources, CasebookService casebook) {
        this.codings = codings;
        this.sources = sources;
        this.casebook = casebook;
    }

    public List<Hit> retrieve(Query query) {
        if (query.codeIds().isEmpty()) {
            return List.of();
        }
        Map<UUID, Source> wanted = new LinkedHashMap<>();
        for (Source s : sources.list()) {
            boolean typeOk = query.sourceType() == null || query.sourceType().equals(s.sourceType());
            boolean caseOk = query.caseName() == null || casebook.casesOf(s.id()).contains(query.caseName());
            if (typeOk && caseOk) {
                wanted.put(s.id(), s);
            }
        }
        List<CodingView> matching = codings.list(null, null).stream()
                .filter(c -> query.codeIds().contains(c.coding().codeId()) && wanted.containsKey(c.coding().sourceId()))
                .filter(c -> query.coder() == null || query.coder().equals(c.coding().coder()))
                .toList();
        List<Hit> hits = new ArrayList<>();
        Map<UUID, List<CodingView>> bySource = matching.stream()
                .collect(Collectors.groupingBy(c -> c.coding().sourceId(), LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<UUID, List<CodingView>> e : bySource.entrySet()) {
            Source source = wanted.get(e.getKey());
            if (query.all()) {
                intersect(source, e.getValue(), query.codeIds(), hits);
            } else {
                e.getValue().forEach(c -> hits.add(hit(source, c.coding().start(), c.coding().end(), List.of(c))));
            }
        }
        hits.sort(Comparator.comparing(Hit::sourceName).thenComparingInt(Hit::start));
        return hits;
    }

    /** Where every selected code covers the text: the intersection of each code's coverage. */
    private void intersect(Source source, List<CodingView> list, Set<UUID> codeIds, List<Hit> hits) {
        List<int[]> common = null;
        for (UUID code : codeIds) {
            List<int[]> cover = union(list.stream().filter(c -> c.coding().codeId().equals(code)).toList());
            common = common == null ? cover : overlap(common, cover);
            if (common.isEmpty()) {
                return;
            }
        }
        for (int[] span : common) {
            List<CodingView> involved = list.stream()
                    .filter(c -> c.coding().start() < span[1] && span[0] < c.coding().end()).toList();
            hits.add(hit(source, span[0], span[1], involved));
        }
    }

    private static List<int[]> union(List<CodingView> list) {
        List<int[]> spans = list.stream().map(c -> new int[] {c.coding().start(), c.coding().end()})
                .sorted(Comparator.comparingInt(a -> a[0])).toList();
        List<int[]> out = new ArrayList<>();
        for (int[] s : spans) {
            if (!out.isEmpty() && s[0] <= out.get(out.size() - 1)[1]) {
                out.get(out.size() - 1)[1] = Math.max(out.get(out.size() - 1)[1], s[1]);
            } else {
                out.add(new int[] {s[0], s[1]});
            }
        }
        return out;
    }

    private static List<int[]> overlap(List<int[]> a, List<int[]> b) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            int start = Math.max(a.get(i)[0], b.get(j)[0]);
            int end = Math.min(a.get(i)[1], b.get(j)[1]);
            if (start < end) {
                out.add(new int[] {start, end});
            }
            if (a.get(i)[1] < b.get(j)[1]) {
                i++;
            } else {
                j++;
            }
        }
        return out;
    }

    private Hit hit(Source source, int start, int end, List<CodingView> involved) {
        CodePoints text = sources.codePoints(source.id());
        SourceService.Location at = sources.locate(source.id(), start);
        return new Hit(source.id(), source.name(), start, end,
                involved.stream().map(CodingView::codeName).distinct().toList(),
                involved.stream().map(c -> c.coding().coder()).collect(Collectors.toCollection(TreeSet::new)),
                text.substring(Math.max(0, start - CONTEXT), start), text.substring(start, end),
                text.substring(end, Math.min(text.length(), end + CONTEXT)), at.page(), at.paragraph());
    }
}
