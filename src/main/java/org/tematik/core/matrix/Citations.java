package org.tematik.core.matrix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tematik.core.source.SourceService;

/**
 * Page and paragraph of many offsets from one query of paragraph starts, instead of one structure
 * query per source. The rule is SourceService.locate's: the last paragraph starting at or before the offset.
 */
final class Citations {
    private final Map<UUID, List<MatrixRows.ParagraphStart>> bySource = new HashMap<>();

    Citations(List<MatrixRows.ParagraphStart> starts) {
        for (MatrixRows.ParagraphStart p : starts) {
            bySource.computeIfAbsent(p.sourceId(), k -> new ArrayList<>()).add(p);
        }
    }

    SourceService.Location locate(UUID sourceId, int offset) {
        List<MatrixRows.ParagraphStart> ps = bySource.getOrDefault(sourceId, List.of());
        int lo = 0;
        int hi = ps.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (ps.get(mid).start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 ? new SourceService.Location(0, 0)
                : new SourceService.Location(ps.get(found).page(), ps.get(found).number());
    }
}
