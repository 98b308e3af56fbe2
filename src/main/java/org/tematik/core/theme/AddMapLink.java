package org.tematik.core.theme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.UUID;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.storage.CodeDao;
import org.tematik.core.storage.ThemeDao;
import org.tematik.core.util.UserException;

/** Draws a link between two nodes of the map: "influences", "part of" or "contradicts", with a free label. */
@JsonTypeName("map.link.add")
public record AddMapLink(MapLink link) implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        ThemeDao dao = ctx.dao(ThemeDao.class);
        String kind = MapLink.requireKind(link.kind());
        String from = nodeName(ctx, link.fromKind(), link.fromId());
        String to = nodeName(ctx, link.toKind(), link.toId());
        if (link.fromKind().equals(link.toKind()) && link.fromId().equals(link.toId())) {
            throw new UserException("map.error.selfLink", from);
        }
        String label = link.label() == null || link.label().isBlank() ? null : link.label().strip();
        if (label != null && label.length() > ThemeRules.MAX_LABEL) {
            throw new UserException("map.error.longLabel", ThemeRules.MAX_LABEL);
        }
        MapLink clean = new MapLink(link.id(), link.fromKind(), link.fromId(), link.toKind(), link.toId(), kind, label);
        dao.insertLink(clean);
        return new Change("map.link.add", "map.link", clean.id().toString(),
                "Linked '" + from + "' " + kind + " '" + to + "'", null, clean, new RemoveMapLink(clean.id()));
    }

    static String nodeName(ChangeContext ctx, String kind, UUID id) {
        if (MapLink.THEME.equals(kind)) {
            return ThemeRules.require(ctx.dao(ThemeDao.class), id).name();
        }
        if (MapLink.CODE.equals(kind)) {
            return ctx.dao(CodeDao.class).find(id).orElseThrow(() -> new UserException("code.error.gone", id)).name();
        }
        throw new UserException("map.error.nodeKind", kind);
    }
}
