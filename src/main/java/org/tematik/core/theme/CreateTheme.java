package org.tematik.core.theme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.UUID;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.storage.CodeDao;
import org.tematik.core.storage.ThemeDao;

/**
 * Creates a theme with its codes. Undoing a deletion uses it too, then with the links and the map position the
 * theme had ({@code links} and {@code position} are null for a new theme).
 */
@JsonTypeName("theme.create")
public record CreateTheme(UUID id, UUID parentId, String name, String definition, String status, List<UUID> codeIds,
                          List<MapLink> links, Placement position) implements Command {

    public static CreateTheme fresh(UUID parentId, String name, String definition, List<UUID> codeIds) {
        return new CreateTheme(UUID.randomUUID(), parentId, name, definition, ThemeStatus.CANDIDATE.id(),
                List.copyOf(codeIds), null, null);
    }

    @Override
    public Change apply(ChangeContext ctx) {
        ThemeDao dao = ctx.dao(ThemeDao.class);
        String clean = ThemeRules.validName(name);
        ThemeRules.requireFreeName(dao, clean, id);
        if (parentId != null) {
            ThemeRules.require(dao, parentId);
        }
        List<UUID> codes = codeIds == null ? List.of() : codeIds.stream().distinct().toList();
        ThemeRules.requireCodes(ctx.dao(CodeDao.class), codes);
        Theme theme = new Theme(id, parentId, clean, ThemeRules.cleanDefinition(definition), ThemeStatus.parse(status).id());
        dao.insert(theme, ctx.now(), ctx.coderId());
        codes.forEach(c -> dao.addCode(id, c));
        if (links != null) {
            links.forEach(dao::insertLink);
        }
        if (position != null && position.placed()) {
            dao.place(position);
        }
        return new Change("theme.create", "theme", id.toString(), "Created theme '" + clean + "'",
                null, ThemeRules.state(theme, codes), new DeleteTheme(id));
    }
}
