package org.tematik.core.codebook;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.tematik.core.util.Plural;
import org.tematik.core.util.UserException;

/**
 * Merges code FROM into INTO: FROM's codings move to INTO (a segment the same coder already coded
 * identically with INTO is dropped rather than doubled; another coder's twin is kept, it is their work), FROM's sub-codes move under INTO, and FROM is deleted.
 */
@JsonTypeName("code.merge")
public record MergeCodes(UUID fromId, UUID intoId) implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        CodeDao codes = ctx.dao(CodeDao.class);
        CodingDao codings = ctx.dao(CodingDao.class);
        MemoDao memos = ctx.dao(MemoDao.class);
        Code from = CodeRules.require(codes, fromId);
        Code into = CodeRules.require(codes, intoId);
        List<Code> all = codes.listAll();
        if (CodeRules.subtree(all, fromId).stream().anyMatch(c -> c.id().equals(intoId))) {
            throw new UserException("code.error.mergeIntoSelf", from.name(), into.name());
        }
        List<Code> children = all.stream().filter(c -> fromId.equals(c.parentId())).toList();
        for (Code child : children) {
            boolean clash = all.stream().anyMatch(c -> intoId.equals(c.parentId()) && c.name().equalsIgnoreCase(child.name()));
            if (clash) {
                throw new UserException("code.error.mergeChildClash", from.name(), into.name(), child.name());
            }
        }
        List<UUID> moved = new ArrayList<>();
        List<Coding> dropped = new ArrayList<>();
        List<Memo> droppedMemos = new ArrayList<>();
        // read before the dropped twins are deleted; moved codings keep their rows and so their origins
        var origins = org.tematik.core.coding.CodingOrigins.ofCodes(ctx, List.of(fromId));
        Map<UUID, org.tematik.core.storage.SuggestionDao.Origin> droppedOrigins = new LinkedHashMap<>();
        for (Coding c : codings.forCodes(List.of(fromId))) {
            if (codings.countSame(c.sourceId(), intoId, c.start(), c.end(), c.coder()) > 0) {
                dropped.add(c);
                if (origins.containsKey(c.id())) {
                    droppedOrigins.put(c.id(), origins.get(c.id()));
                }
                droppedMemos.addAll(memos.forTarget(Memo.ON_CODING, c.id()));
                memos.deleteForTarget(Memo.ON_CODING, c.id());
                codings.delete(c.id());
            } else {
                moved.add(c.id());
            }
        }
        if (!moved.isEmpty()) {
            codings.reassign(moved, intoId);
        }
        List<UUID> childIds = children.stream().map(Code::id).toList();
        if (!childIds.isEmpty()) {
            codes.reparent(childIds, intoId);
        }
        codes.delete(fromId);
        // its themes keep their evidence: they gain the code it went into (FROM's membership returns with an undo)
        org.tematik.core.storage.ThemeDao themes = ctx.dao(org.tematik.core.storage.ThemeDao.class);
        List<UUID> themesGained = themes.themesWithout(fromId, intoId);
        themesGained.forEach(t -> themes.addCode(t, intoId));
        Map<String, Object> before = new LinkedHashMap<>(CreateCode.state(from));
        before.put("codings", moved.size() + dropped.size());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("into", intoId);
        after.put("intoName", into.name());
        after.put("movedCodingIds", moved);
        after.put("droppedCodingIds", dropped.stream().map(Coding::id).toList());
        after.put("movedChildIds", childIds);
        after.put("themeIdsGained", themesGained);
        String summary = "Merged code '" + from.name() + "' into '" + into.name() + "' ("
                + Plural.of(moved.size() + dropped.size(), "coding") + ")";
        return new Change("code.merge", "code", fromId.toString(), summary, before, after,
                new UnmergeCodes(from, intoId, moved, dropped, droppedMemos, childIds, droppedOrigins, themesGained));
    }

}
