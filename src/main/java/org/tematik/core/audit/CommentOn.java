package org.tematik.core.audit;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.tematik.core.codebook.Code;
import org.tematik.core.coding.Coding;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.storage.AuditDao;
import org.tematik.core.storage.CodeDao;
import org.tematik.core.storage.CodingDao;
import org.tematik.core.storage.ReviewDao;
import org.tematik.core.util.UserException;

/**
 * A review comment on an event (target: its seq), a code or a coding. Comments are a record of the
 * review, like the trail itself: they have no undo (a correction is another comment).
 */
@JsonTypeName("review.comment")
public record CommentOn(UUID id, String targetType, String targetId, String body) implements Command {
    public static final String EVENT = "event";
    public static final String CODE = "code";
    public static final String CODING = "coding";
    static final int MAX_BODY = 10_000;

    @Override
    public Change apply(ChangeContext ctx) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new UserException("review.error.empty");
        }
        if (text.length() > MAX_BODY) {
            throw new UserException("review.error.long", MAX_BODY);
        }
        String what = target(ctx);
        ctx.dao(ReviewDao.class).insert(new Review(id, Review.COMMENT, targetType, targetId, text, ctx.coder(), ctx.now(),
                null, null));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("reviewId", id);
        after.put("targetType", targetType);
        after.put("targetId", targetId);
        after.put("target", what);
        after.put("comment", text);
        return new Change("review.comment", targetType, targetId, "Commented on " + targetType + " " + what + ": "
                + shorten(text), null, after, null);
    }

    /** The target as people know it ("'Koordinasi'", "#12"), after checking that it exists. */
    private String target(ChangeContext ctx) {
        switch (targetType) {
            case EVENT -> {
                long seq = Long.parseLong(targetId);
                if (ctx.dao(ReviewDao.class).hashOf(seq).isEmpty()) {
                    throw new UserException("review.error.noEvent", seq, ctx.dao(AuditDao.class).head().lastSeq());
                }
                return "#" + seq;
            }
            case CODE -> {
                Code code = ctx.dao(CodeDao.class).find(UUID.fromString(targetId))
                        .orElseThrow(() -> new UserException("code.error.gone", targetId));
                return "'" + code.name() + "'";
            }
            case CODING -> {
                Coding coding = ctx.dao(CodingDao.class).find(UUID.fromString(targetId))
                        .orElseThrow(() -> new UserException("coding.error.gone", targetId));
                return "'" + ctx.dao(CodeDao.class).find(coding.codeId()).map(Code::name).orElse("?") + "' ["
                        + coding.start() + "–" + coding.end() + "]";
            }
            default -> throw new IllegalArgumentException(targetType);
        }
    }

    static String shorten(String s) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() <= 120 ? flat : flat.substring(0, 119) + "…";
    }
}
