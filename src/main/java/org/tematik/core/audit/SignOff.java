package org.tematik.core.audit;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.storage.AuditDao;
import org.tematik.core.storage.ReviewDao;
import org.tematik.core.util.UserException;

/**
 * Signs off a stage ("codebook v1 agreed") against the trail as it stands: the head seq and hash are
 * recorded, so any later change, or an edit of what was signed, is visible against them.
 */
@JsonTypeName("review.signoff")
public record SignOff(UUID id, String stage) implements Command {
    static final int MAX_STAGE = 500;

    @Override
    public Change apply(ChangeContext ctx) {
        String name = stage == null ? "" : stage.strip();
        if (name.isEmpty()) {
            throw new UserException("review.error.noStage");
        }
        if (name.length() > MAX_STAGE) {
            throw new UserException("review.error.long", MAX_STAGE);
        }
        // the command stack holds the head lock from here to the append, so this is the event before ours
        var head = ctx.dao(AuditDao.class).lockHead();
        ctx.dao(ReviewDao.class).insert(new Review(id, Review.SIGNOFF, "stage", null, name, ctx.coder(), ctx.now(),
                head.lastSeq(), head.lastHash()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("reviewId", id);
        after.put("stage", name);
        after.put("headSeq", head.lastSeq());
        after.put("headHash", head.lastHash());
        return new Change("review.signoff", "stage", id.toString(), "Signed off '" + name + "' at event "
                + head.lastSeq() + " (head hash " + head.lastHash().substring(0, 12) + "…)", null, after, null);
    }
}
