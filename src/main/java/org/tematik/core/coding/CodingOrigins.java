package org.tematik.core.coding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.storage.SuggestionDao;

/**
 * Where removed codings came from (an accepted suggestion and its score), kept by commands that remove codings
 * in bulk (deleting or merging codes) so their undo puts the origin back: otherwise an AI-assisted coding would
 * return as the analyst's own and count in the inter-coder agreement.
 */
public final class CodingOrigins {
    private CodingOrigins() {
    }

    /**
     * The origins of the codings of these codes that have one, read in one query (a code's deletion can take
     * thousands of codings); read before the codings are deleted.
     */
    public static Map<UUID, SuggestionDao.Origin> ofCodes(ChangeContext ctx, List<UUID> codeIds) {
        Map<UUID, SuggestionDao.Origin> out = new LinkedHashMap<>();
        if (!codeIds.isEmpty()) {
            ctx.dao(SuggestionDao.class).originsOfCodes(codeIds)
                    .forEach(o -> out.put(o.id(), new SuggestionDao.Origin(o.origin(), o.score())));
        }
        return out;
    }

    /** Puts origins back on re-inserted codings; null (an undo entry written before origins were kept) is none. */
    public static void restore(ChangeContext ctx, Map<UUID, SuggestionDao.Origin> origins) {
        if (origins == null) {
            return;
        }
        SuggestionDao dao = ctx.dao(SuggestionDao.class);
        origins.forEach((id, o) -> dao.setOrigin(id, o.origin(), o.score()));
    }
}
