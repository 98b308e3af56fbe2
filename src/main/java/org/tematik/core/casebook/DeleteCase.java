package org.tematik.core.casebook;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.Map;
import java.util.UUID;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.storage.CaseDao;
import org.tematik.core.util.UserException;

/** Deletes an empty case (the undo of creating one); a case that still has sources is refused. */
@JsonTypeName("case.delete")
public record DeleteCase(UUID id) implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        CaseDao dao = ctx.dao(CaseDao.class);
        Case c = dao.find(id).orElseThrow(() -> new UserException("case.error.gone", id));
        if (dao.countSources(id) > 0) {
            throw new UserException("case.error.notEmpty", c.name());
        }
        dao.delete(id);
        return new Change("case.delete", "case", id.toString(), "Deleted case '" + c.name() + "'",
                Map.of("name", c.name()), null, new CreateCase(id, c.name()));
    }
}
