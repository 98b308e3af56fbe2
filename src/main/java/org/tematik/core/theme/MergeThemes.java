package org.tematik.core.theme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.ArrayList;
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
 * Merges theme {@code fromId} into {@code intoId}: its codes, links, sub-themes and memos move over and it is
 * removed. A link between the two themes would point at itself and is dropped. Undo restores all of it.
 */
@JsonTypeName("theme.merge")
public record MergeThemes(UUID fromId, UUID intoId) implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        ThemeDao dao = ctx.dao(ThemeDao.class);
        Theme from = ThemeRules.require(dao, fromId);
        Theme into = ThemeRules.require(dao, intoId);
        if (fromId.equals(intoId)) {
            throw new UserException("theme.error.mergeSelf", from.name());
        }
        for (UUID at = into.parentId(); at != null; at = ThemeRules.require(dao, at).parentId()) {
            if (at.equals(fromId)) {
                throw new UserException("theme.error.mergeIntoSub", from.name(), into.name());
            }
        }
        List<UUID> codes = dao.codesOf(fromId);
        Set<UUID> present = new HashSet<>(dao.codesOf(intoId));
        List<UUID> added = codes.stream().filter(c -> !present.contains(c)).toList();
        List<MapLink> links = dao.linksOfTheme(fromId);
        List<UUID> children = dao.children(fromId).stream().map(Theme::id).toList();
        List<UUID> memos = dao.memosOn(fromId);
        Placement position = dao.position(MapLink.THEME, fromId).orElse(null);
        codes.forEach(c -> dao.removeCode(fromId, c));
        added.forEach(c -> dao.addCode(intoId, c));
        List<UUID> dropped = new ArrayList<>();
        for (MapLink l : links) {
            dao.deleteLink(l.id());
            MapLink moved = l.retarget(fromId, intoId);
            if (moved.fromKind().equals(moved.toKind()) && moved.fromId().equals(moved.toId())) {
                dropped.add(l.id());
            } else {
                dao.insertLink(moved);
            }
        }
        children.forEach(c -> dao.setParent(c, intoId));
        if (!memos.isEmpty()) {
            dao.moveMemos(memos, intoId);
        }
        dao.forget(MapLink.THEME, fromId);
        dao.delete(fromId);
        CreateTheme restore = new CreateTheme(fromId, from.parentId(), from.name(), from.definition(), from.status(),
                codes, links, position);
        return new Change("theme.merge", "theme", fromId.toString(),
                "Merged theme '" + from.name() + "' into '" + into.name() + "'",
                ThemeRules.state(from, codes),
                ThemeRules.map("into", intoId, "intoName", into.name(), "addedCodeIds", added, "childIds", children,
                        "droppedLinkIds", dropped),
                new UnmergeThemes(restore, intoId, added, children, memos));
    }
}
