package org.tematik.core.suggest;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.UUID;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.storage.CodeDao;
import org.tematik.core.storage.SourceDao;
import org.tematik.core.storage.SuggestionDao;
import org.tematik.core.util.UserException;

/** Undoes a rejection: the suggestion may be offered again. */
@JsonTypeName("suggestion.forget")
public record ForgetRejection(UUID id) implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        SuggestionDao dao = ctx.dao(SuggestionDao.class);
        Rejection r = dao.rejection(id).orElseThrow(() -> new UserException("suggest.error.rejectionGone", id));
        dao.forget(id);
        String sourceName = ctx.dao(SourceDao.class).find(r.sourceId()).map(s -> s.name()).orElse("?");
        String codeName = ctx.dao(CodeDao.class).find(r.codeId()).map(c -> c.name()).orElse("?");
        RejectSuggestion again = new RejectSuggestion(id, r.sourceId(), r.codeId(), r.start(), r.end());
        return new Change("suggestion.forget", "suggestion", id.toString(),
                "Forgot the rejection of '" + codeName + "' in '" + sourceName + "'",
                again.state(sourceName, codeName, r.coder()), null, again);
    }
}
