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

/** Deletes a code with its sub-codes, their codings and the memos on those codings. */
@JsonTypeName("code.delete")
public record DeleteCode(UUID id) implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        CodeDao codes = ctx.dao(CodeDao.class);
        CodingDao codings = ctx.dao(CodingDao.class);
        MemoDao memos = ctx.dao(MemoDao.class);
        Code root = CodeRules.require(codes, id);
        List<Code> subtree = CodeRules.subtree(codes.listAll(), id);
        List<UUID> codeIds = subtree.stream().map(Code::id).toList();
        List<Coding> lost = codings.forCodes(codeIds);
        List<Memo> lostMemos = new ArrayList<>();
        var origins = org.tematik.core.coding.CodingOrigins.ofCodes(ctx, codeIds);
        for (Coding c : lost) {
            lostMemos.addAll(memos.forTarget(Memo.ON_CODING, c.id()));
            memos.deleteForTarget(Memo.ON_CODING, c.id());
            codings.delete(c.id());
        }
        for (int i = subtree.size() - 1; i >= 0; i--) { // children first: the parent FK must hold
            codes.delete(subtree.get(i).id());
        }
        Map<String, Object> before = new LinkedHashMap<>(CreateCode.state(root));
        before.put("codeIds", subtree.stream().map(Code::id).toList());
        before.put("codingIds", lost.stream().map(Coding::id).toList());
        String summary = "Deleted code '" + root.name() + "'"
                + (lost.isEmpty() && subtree.size() == 1 ? ""
                : " with " + Plural.of(subtree.size() - 1L, "sub-code") + " and " + Plural.of(lost.size(), "coding"));
        return new Change("code.delete", "code", id.toString(), summary, before, null,
                new RestoreCodes(new CodeSnapshot(subtree, lost, lostMemos, origins)));
    }
}
