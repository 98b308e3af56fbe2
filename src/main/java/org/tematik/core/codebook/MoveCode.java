package org.tematik.core.codebook;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.storage.CodeDao;
import org.tematik.core.util.UserException;

/**
 * Moves a code (with its sub-codes) under another parent (null: the top level), just before sibling
 * {@code beforeId} (null: last). Siblings are renumbered 1..n so the order stays plain; the inverse
 * puts the code back before its old next sibling.
 */
@JsonTypeName("code.move")
public record MoveCode(UUID id, UUID parentId, UUID beforeId) implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        CodeDao dao = ctx.dao(CodeDao.class);
        Code code = CodeRules.require(dao, id);
        List<Code> all = dao.listAll();
        if (parentId != null) {
            Code parent = CodeRules.require(dao, parentId);
            if (CodeRules.subtree(all, id).stream().anyMatch(c -> c.id().equals(parentId))) {
                throw new UserException("code.error.moveIntoSelf", code.name(), parent.name());
            }
        }
        CodeRules.requireFreeName(dao, parentId, code.name(), id);
        List<Code> oldSiblings = siblings(all, code.parentId());
        int oldIndex = indexOf(oldSiblings, id);
        UUID oldNext = oldIndex + 1 < oldSiblings.size() ? oldSiblings.get(oldIndex + 1).id() : null;

        List<Code> siblings = new ArrayList<>(siblings(all, parentId));
        siblings.removeIf(c -> c.id().equals(id));
        int at = beforeId == null ? siblings.size() : indexOf(siblings, beforeId);
        siblings.add(at < 0 ? siblings.size() : at, code);
        for (int i = 0; i < siblings.size(); i++) {
            dao.move(siblings.get(i).id(), parentId, i + 1);
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("parentId", code.parentId());
        before.put("before", oldNext);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("parentId", parentId);
        after.put("before", beforeId);
        String where = parentId == null ? "the top level" : "'" + CodeRules.require(dao, parentId).name() + "'";
        return new Change("code.move", "code", id.toString(), "Moved code '" + code.name() + "' to " + where,
                before, after, new MoveCode(id, code.parentId(), oldNext));
    }

    private static List<Code> siblings(List<Code> all, UUID parent) {
        return all.stream().filter(c -> Objects.equals(c.parentId(), parent))
                .sorted(Comparator.comparingInt(Code::sortOrder).thenComparing(Code::name)).toList();
    }

    private static int indexOf(List<Code> list, UUID id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
