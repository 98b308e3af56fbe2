package org.tematik.core.agreement;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.UUID;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.storage.DisagreementCommentDao;
import org.tematik.core.util.UserException;

/** Takes a comment out of a disagreement's discussion (the undo of commenting); the trail keeps its text. */
@JsonTypeName("agreement.comment.remove")
public record RemoveDisagreementComment(UUID id) implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        DisagreementCommentDao dao = ctx.dao(DisagreementCommentDao.class);
        DisagreementComment c = dao.find(id).orElseThrow(() -> new UserException("agreement.error.commentGone", id));
        dao.delete(id);
        return new Change("agreement.comment.remove", "disagreement", id.toString(),
                "Removed a comment on a disagreement (" + c.start() + "-" + c.end() + ")", c, null,
                new CommentOnDisagreement(id, c.sourceId(), c.codeId(), c.start(), c.end(), c.body(), c.coder(), c.createdAt()));
    }
}
