package org.tematik.core.theme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.UUID;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.storage.ThemeDao;
import org.tematik.core.util.UserException;

@JsonTypeName("map.link.remove")
public record RemoveMapLink(UUID id) implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        ThemeDao dao = ctx.dao(ThemeDao.class);
        MapLink old = dao.link(id).orElseThrow(() -> new UserException("map.error.linkGone", id));
        dao.deleteLink(id);
        return new Change("map.link.remove", "map.link", id.toString(), "Removed a " + old.kind() + " link from the map",
                old, null, new AddMapLink(old));
    }
}
