package org.tematik.core.memo;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import java.util.UUID;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.storage.MemoDao;

/**
 * Writes a memo on the project (target null), a source, a code or a coding. {@code coder} and the times
 * are null for new memos; undoing a deletion sets them, so the memo comes back as it was.
 */
@JsonTypeName("memo.create")
public record CreateMemo(UUID id, String targetType, UUID targetId, String title, String body,
                         String coder, Instant createdAt, Instant updatedAt) implements Command {

    public static CreateMemo fresh(String targetType, UUID targetId, String title, String body) {
        return new CreateMemo(UUID.randomUUID(), targetType, targetId, title, body, null, null, null);
    }

    @Override
    public Change apply(ChangeContext ctx) {
        MemoTargets.requireType(targetType);
        String text = MemoTargets.requireBody(body);
        String author = coder == null ? ctx.coder() : coder;
        Instant created = createdAt == null ? ctx.now() : createdAt;
        Memo memo = new Memo(id, targetType, targetId, MemoTargets.cleanTitle(title), text, author, created,
                updatedAt == null ? created : updatedAt);
        ctx.dao(MemoDao.class).insert(memo, ctx.coderId(author));
        return new Change("memo.create", "memo", id.toString(),
                "Wrote a memo on " + MemoTargets.describe(ctx, targetType, targetId), null, MemoTargets.state(memo),
                new DeleteMemo(id));
    }
}
