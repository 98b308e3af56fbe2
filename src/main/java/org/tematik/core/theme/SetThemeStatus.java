package org.tematik.core.theme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.UUID;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.storage.ThemeDao;

/** Promotes or demotes a theme: candidate, reviewed, final. */
@JsonTypeName("theme.status")
public record SetThemeStatus(UUID id, String status) implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        ThemeDao dao = ctx.dao(ThemeDao.class);
        Theme old = ThemeRules.require(dao, id);
        String next = ThemeStatus.parse(status).id();
        dao.setStatus(id, next);
        return new Change("theme.status", "theme", id.toString(),
                "Set theme '" + old.name() + "' from " + old.status() + " to " + next,
                ThemeRules.map("status", old.status()), ThemeRules.map("status", next), new SetThemeStatus(id, old.status()));
    }
}
