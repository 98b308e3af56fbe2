package org.tematik.core.agreement;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.storage.CodeDao;
import org.tematik.core.storage.DisagreementCommentDao;
import org.tematik.core.storage.SourceDao;
import org.tematik.core.util.UserException;

/**
 * Adds a comment to the discussion of one disagreement. {@code coder} and {@code createdAt} are null for
 * a new comment; undoing its removal sets them, so the comment comes back with its author and time.
 */
@JsonTypeName("agreement.comment")
public record CommentOnDisagreement(UUID id, UUID sourceId, UUID codeId, int start, int end, String body,
                                    String coder, Instant createdAt) implements Command {
    static final int MAX_BODY = 20_000;

    public static CommentOnDisagreement fresh(UUID sourceId, UUID codeId, int start, int end, String body) {
        return new CommentOnDisagreement(UUID.randomUUID(), sourceId, codeId, start, end, body, null, null);
    }

    @Override
    public Change apply(ChangeContext ctx) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > MAX_BODY) {
            throw new UserException("agreement.error.comment", MAX_BODY);
        }
        String sourceName = ctx.dao(SourceDao.class).find(sourceId)
                .orElseThrow(() -> new UserException("source.error.gone", sourceId)).name();
        String codeName = ctx.dao(CodeDao.class).find(codeId)
                .orElseThrow(() -> new UserException("code.error.gone", codeId)).name();
        String author = coder == null ? ctx.coder() : coder;
        Instant at = createdAt == null ? ctx.now() : createdAt;
        ctx.dao(DisagreementCommentDao.class).insert(
                new DisagreementComment(id, sourceId, codeId, start, end, text, author, at), ctx.coderId(author));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("source", sourceId);
        after.put("sourceName", sourceName);
        after.put("code", codeId);
        after.put("codeName", codeName);
        after.put("start", start);
        after.put("end", end);
        after.put("body", text);
        after.put("coder", author);
        return new Change("agreement.comment", "disagreement", id.toString(),
                "Commented on the disagreement about '" + codeName + "' in '" + sourceName + "' (" + start + "-" + end + ")",
                null, after, new RemoveDisagreementComment(id));
    }
}
