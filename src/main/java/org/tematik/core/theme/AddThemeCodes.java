package org.tematik.core.theme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.storage.CodeDao;
import org.tematik.core.storage.ThemeDao;

/** Puts codes under a theme; codes already there are left alone, and undo removes only the ones added. */
@JsonTypeName("theme.addCodes")
public record AddThemeCodes(UUID themeId, List<UUID> codeIds) implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        ThemeDao dao = ctx.dao(ThemeDao.class);
        Theme theme = ThemeRules.require(dao, themeId);
        ThemeRules.requireCodes(ctx.dao(CodeDao.class), codeIds);
        Set<UUID> present = new HashSet<>(dao.codesOf(themeId));
        List<UUID> added = codeIds.stream().distinct().filter(c -> !present.contains(c)).toList();
        added.forEach(c -> dao.addCode(themeId, c));
        return new Change("theme.addCodes", "theme", themeId.toString(),
                "Added " + added.size() + " code(s) to theme '" + theme.name() + "'",
                null, ThemeRules.map("codeIds", added), new RemoveThemeCodes(themeId, added));
    }
}
