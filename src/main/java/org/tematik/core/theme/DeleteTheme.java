package org.tematik.core.theme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.UUID;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.storage.ThemeDao;
import org.tematik.core.util.UserException;

/**
 * Deletes a theme with its code memberships, its links and its map position (never the codes or codings).
 * A theme with sub-themes is refused: the user decides where they go first. Memos on the theme stay, so
 * undo finds them again.
 */
@JsonTypeName("theme.delete")
public record DeleteTheme(UUID id) implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        ThemeDao dao = ctx.dao(ThemeDao.class);
        Theme theme = ThemeRules.require(dao, id);
        if (!dao.children(id).isEmpty()) {
            throw new UserException("theme.error.hasSubThemes", theme.name());
        }
        List<UUID> codes = dao.codesOf(id);
        List<MapLink> links = dao.linksOfTheme(id);
        Placement position = dao.position(MapLink.THEME, id).orElse(null);
        links.forEach(l -> dao.deleteLink(l.id()));
        codes.forEach(c -> dao.removeCode(id, c));
        dao.forget(MapLink.THEME, id);
        dao.delete(id);
        return new Change("theme.delete", "theme", id.toString(), "Deleted theme '" + theme.name() + "'",
                ThemeRules.state(theme, codes), null,
                new CreateTheme(id, theme.parentId(), theme.name(), theme.definition(), theme.status(), codes, links, position));
    }
}
