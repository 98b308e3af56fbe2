package org.tematik.core.theme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.UUID;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.storage.ThemeDao;

/** Takes codes out of a theme (the codes and their codings stay in the codebook). */
@JsonTypeName("theme.removeCodes")
public record RemoveThemeCodes(UUID themeId, List<UUID> codeIds) implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        ThemeDao dao = ctx.dao(ThemeDao.class);
        Theme theme = ThemeRules.require(dao, themeId);
        List<UUID> removed = codeIds.stream().distinct().filter(c -> dao.removeCode(themeId, c) > 0).toList();
        return new Change("theme.removeCodes", "theme", themeId.toString(),
                "Removed " + removed.size() + " code(s) from theme '" + theme.name() + "'",
                ThemeRules.map("codeIds", removed), null, new AddThemeCodes(themeId, removed));
    }
}
