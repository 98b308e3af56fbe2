package org.tematik.core.memo;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.UUID;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.storage.MemoDao;
import org.tematik.core.util.UserException;

@JsonTypeName("memo.delete")
public record DeleteMemo(UUID id) implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        MemoDao dao = ctx.dao(MemoDao.class);
        Memo old = dao.find(id).orElseThrow(() -> new UserException("memo.error.gone", id));
        dao.delete(id);
        return new Change("memo.delete", "memo", id.toString(),
                "Deleted the memo on " + MemoTargets.describe(ctx, old.targetType(), old.targetId()),
                MemoTargets.state(old), null,
                new CreateMemo(id, old.targetType(), old.targetId(), old.title(), old.body(), old.coder(),
                        old.createdAt(), old.updatedAt()));
    }
}
