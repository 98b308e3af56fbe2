package org.tematik.core.audit;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.tematik.core.codebook.Code;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.storage.CodeDao;
import org.tematik.core.storage.ReviewDao;
import org.tematik.core.util.UserException;

/** Marks a code's current definition as agreed. The agreed text is kept, so a later edit shows as no longer agreed. */
@JsonTypeName("review.agree")
public record AgreeDefinition(UUID id, UUID codeId) implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        Code code = ctx.dao(CodeDao.class).find(codeId).orElseThrow(() -> new UserException("code.error.gone", codeId));
        if (code.definition() == null || code.definition().isBlank()) {
            throw new UserException("review.error.noDefinition", code.name());
        }
        ctx.dao(ReviewDao.class).insert(new Review(id, Review.AGREE, CommentOn.CODE, codeId.toString(), code.definition(),
                ctx.coder(), ctx.now(), null, null));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("reviewId", id);
        after.put("name", code.name());
        after.put("definition", code.definition());
        return new Change("review.agree", "code", codeId.toString(),
                "Agreed the definition of code '" + code.name() + "'", null, after, null);
    }
}
