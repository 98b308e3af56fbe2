package org.tematik.core.theme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.UUID;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.storage.ThemeDao;

/** Renames a theme and/or rewrites its definition (phase 5: defining and naming themes). */
@JsonTypeName("theme.edit")
public record EditTheme(UUID id, String name, String definition) implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        ThemeDao dao = ctx.dao(ThemeDao.class);
        Theme old = ThemeRules.require(dao, id);
        String clean = ThemeRules.validName(name);
        ThemeRules.requireFreeName(dao, clean, id);
        String def = ThemeRules.cleanDefinition(definition);
        dao.edit(id, clean, def);
        String summary = old.name().equals(clean)
                ? "Edited the definition of theme '" + clean + "'"
                : "Renamed theme '" + old.name() + "' to '" + clean + "'";
        return new Change("theme.edit", "theme", id.toString(), summary,
                ThemeRules.map("name", old.name(), "definition", old.definition()),
                ThemeRules.map("name", clean, "definition", def), new EditTheme(id, old.name(), old.definition()));
    }
}
