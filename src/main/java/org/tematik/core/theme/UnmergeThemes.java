package org.tematik.core.theme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.UUID;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.storage.ThemeDao;

/** Undoes a theme merge: brings the merged theme back with its codes, links, sub-themes and memos. */
@JsonTypeName("theme.unmerge")
public record UnmergeThemes(CreateTheme theme, UUID intoId, List<UUID> addedCodeIds, List<UUID> childIds,
                            List<UUID> memoIds) implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        ThemeDao dao = ctx.dao(ThemeDao.class);
        Theme into = ThemeRules.require(dao, intoId);
        addedCodeIds.forEach(c -> dao.removeCode(intoId, c));
        if (theme.links() != null) {
            theme.links().forEach(l -> dao.deleteLink(l.id())); // the merged copies carry the same ids
        }
        theme.apply(ctx);
        childIds.forEach(c -> dao.setParent(c, theme.id()));
        if (!memoIds.isEmpty()) {
            dao.moveMemos(memoIds, theme.id());
        }
        return new Change("theme.unmerge", "theme", theme.id().toString(),
                "Split theme '" + theme.name() + "' out of '" + into.name() + "' again",
                ThemeRules.map("into", intoId, "addedCodeIds", addedCodeIds),
                ThemeRules.map("name", theme.name(), "codeIds", theme.codeIds(), "childIds", childIds),
                new MergeThemes(theme.id(), intoId));
    }
}
