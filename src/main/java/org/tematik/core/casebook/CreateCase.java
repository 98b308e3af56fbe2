package org.tematik.core.casebook;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.Map;
import java.util.UUID;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.storage.CaseDao;
import org.tematik.core.util.UserException;

@JsonTypeName("case.create")
public record CreateCase(UUID id, String name) implements Command {
    static final int MAX_NAME = 300;

    @Override
    public Change apply(ChangeContext ctx) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw new UserException("case.error.name", MAX_NAME);
        }
        CaseDao dao = ctx.dao(CaseDao.class);
        if (dao.findByName(clean).isPresent()) {
            throw new UserException("case.error.duplicate", clean);
        }
        dao.insert(id, clean, null, ctx.now());
        return new Change("case.create", "case", id.toString(), "Created case '" + clean + "'", null,
                Map.of("name", clean), new DeleteCase(id));
    }
}
