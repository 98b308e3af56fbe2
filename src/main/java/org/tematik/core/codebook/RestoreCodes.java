package org.tematik.core.codebook;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tematik.core.coding.Coding;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.memo.Memo;
import org.tematik.core.storage.CodeDao;
import org.tematik.core.storage.CodingDao;
import org.tematik.core.storage.MemoDao;
import org.tematik.core.util.UserException;

/** Brings back a deleted code subtree with the same ids, codings and memos: the undo of a deletion. */
@JsonTypeName("code.restore")
public record RestoreCodes(CodeSnapshot snapshot) implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        CodeDao codes = ctx.dao(CodeDao.class);
        Code root = snapshot.codes().get(0);
        if (root.parentId() != null && codes.find(root.parentId()).isEmpty()) {
            throw new UserException("code.error.gone", root.parentId());
        }
        CodeRules.requireFreeName(codes, root.parentId(), root.name(), root.id());
        for (Code code : snapshot.codes()) {
            codes.insert(code, ctx.coderId(code.createdBy()));
        }
        CodingDao codings = ctx.dao(CodingDao.class);
        for (Coding coding : snapshot.codings()) {
            codings.insert(coding, ctx.coderId(coding.coder()));
        }
        org.tematik.core.coding.CodingOrigins.restore(ctx, snapshot.origins());
        MemoDao memos = ctx.dao(MemoDao.class);
        for (Memo memo : snapshot.memos()) {
            memos.insert(memo, ctx.coderId(memo.coder()));
        }
        Map<String, Object> after = new LinkedHashMap<>(CreateCode.state(root));
        after.put("codeIds", snapshot.codes().stream().map(Code::id).toList());
        after.put("codingIds", snapshot.codings().stream().map(Coding::id).toList());
        return new Change("code.restore", "code", root.id().toString(), "Restored code '" + root.name() + "'",
                null, after, new DeleteCode(root.id()));
    }
}
