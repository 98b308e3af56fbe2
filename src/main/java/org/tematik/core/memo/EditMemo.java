package org.tematik.core.memo;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.UUID;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.storage.MemoDao;
import org.tematik.core.util.UserException;

/** Changes a memo's title and text; the audit keeps both versions, undo restores the old one. */
@JsonTypeName("memo.edit")
public record EditMemo(UUID id, String title, String body) implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        MemoDao dao = ctx.dao(MemoDao.class);
        Memo old = dao.find(id).orElseThrow(() -> new UserException("memo.error.gone", id));
        String text = MemoTargets.requireBody(body);
        String cleanTitle = MemoTargets.cleanTitle(title);
        dao.update(id, cleanTitle, text, ctx.now());
        Memo now = dao.find(id).orElseThrow();
        return new Change("memo.edit", "memo", id.toString(),
                "Edited the memo on " + MemoTargets.describe(ctx, old.targetType(), old.targetId()),
                MemoTargets.state(old), MemoTargets.state(now), new EditMemo(id, old.title(), old.body()));
    }
}
