package org.tematik.core.codebook;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tematik.core.coding.Coding;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.memo.Memo;
import org.tematik.core.storage.CodeDao;
import org.tematik.core.storage.CodingDao;
import org.tematik.core.storage.MemoDao;
import org.tematik.core.util.UserException;

/** The undo of a merge: the merged-away code comes back with exactly its codings and children. */
@JsonTypeName("code.unmerge")
public record UnmergeCodes(Code from, UUID intoId, List<UUID> movedCodings, List<Coding> droppedCodings,
                           List<Memo> droppedMemos, List<UUID> movedChildren,
                           Map<UUID, org.tematik.core.storage.SuggestionDao.Origin> droppedOrigins,
                           List<UUID> themesGained) implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        CodeDao codes = ctx.dao(CodeDao.class);
        Code into = CodeRules.require(codes, intoId);
        if (from.parentId() != null && codes.find(from.parentId()).isEmpty()) {
            throw new UserException("code.error.gone", from.parentId());
        }
        CodeRules.requireFreeName(codes, from.parentId(), from.name(), from.id());
        codes.insert(from, ctx.coderId(from.createdBy()));
        CodingDao codings = ctx.dao(CodingDao.class);
        if (!movedCodings.isEmpty()) {
            codings.reassign(movedCodings, from.id());
        }
        for (Coding c : droppedCodings) {
            codings.insert(c, ctx.coderId(c.coder()));
        }
        org.tematik.core.coding.CodingOrigins.restore(ctx, droppedOrigins); // null in entries from before V12
        MemoDao memos = ctx.dao(MemoDao.class);
        for (Memo m : droppedMemos) {
            memos.insert(m, ctx.coderId(m.coder()));
        }
        if (!movedChildren.isEmpty()) {
            codes.reparent(movedChildren, from.id());
        }
        if (themesGained != null) { // null in undo entries written before themes (V11)
            org.tematik.core.storage.ThemeDao themes = ctx.dao(org.tematik.core.storage.ThemeDao.class);
            themesGained.forEach(t -> themes.removeCode(t, intoId));
        }
        Map<String, Object> after = new java.util.LinkedHashMap<>(CreateCode.state(from));
        after.put("movedCodingIds", movedCodings);
        after.put("restoredCodingIds", droppedCodings.stream().map(Coding::id).toList());
        after.put("movedChildIds", movedChildren);
        return new Change("code.unmerge", "code", from.id().toString(),
                "Split code '" + from.name() + "' back out of '" + into.name() + "'",
                Map.of("into", intoId), after, new MergeCodes(from.id(), intoId));
    }
}
