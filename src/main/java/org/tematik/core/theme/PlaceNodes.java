package org.tematik.core.theme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.ArrayList;
import java.util.List;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.storage.ThemeDao;

/**
 * Saves where the user put nodes on the map (a drag, or "reset layout" forgetting them all). Audited like any
 * change, so the map's history is part of the trail; undo puts the nodes back.
 */
@JsonTypeName("map.place")
public record PlaceNodes(List<Placement> placements) implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        ThemeDao dao = ctx.dao(ThemeDao.class);
        List<Placement> before = new ArrayList<>();
        for (Placement p : placements) {
            before.add(dao.position(p.kind(), p.id()).orElse(new Placement(p.kind(), p.id(), null, null)));
            dao.forget(p.kind(), p.id());
            if (p.placed()) {
                dao.place(p);
            }
        }
        return new Change("map.place", "map", null, "Moved " + placements.size() + " node(s) on the map",
                ThemeRules.map("placements", before), ThemeRules.map("placements", placements), new PlaceNodes(before));
    }
}
