package org.tematik.core.theme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.storage.ThemeDao;
import org.tematik.core.util.UserException;

/**
 * Splits some codes off a theme into a new candidate theme beside it (same parent). Undo merges the new
 * theme back, which restores exactly the theme as it was.
 */
@JsonTypeName("theme.split")
public record SplitTheme(UUID id, UUID newId, String newName, List<UUID> codeIds) implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        ThemeDao dao = ctx.dao(ThemeDao.class);
        Theme theme = ThemeRules.require(dao, id);
        String clean = ThemeRules.validName(newName);
        ThemeRules.requireFreeName(dao, clean, newId);
        Set<UUID> present = new HashSet<>(dao.codesOf(id));
        List<UUID> moving = codeIds.stream().distinct().toList();
        if (moving.isEmpty() || !present.containsAll(moving)) {
            throw new UserException("theme.error.splitCodes", theme.name());
        }
        moving.forEach(c -> dao.removeCode(id, c));
        Theme created = new Theme(newId, theme.parentId(), clean, null, ThemeStatus.CANDIDATE.id());
        dao.insert(created, ctx.now(), ctx.coderId());
        moving.forEach(c -> dao.addCode(newId, c));
        return new Change("theme.split", "theme", id.toString(),
                "Split theme '" + clean + "' off theme '" + theme.name() + "'",
                ThemeRules.map("codeIds", moving), ThemeRules.map("newId", newId, "newName", clean, "codeIds", moving),
                new MergeThemes(newId, id));
    }
}
