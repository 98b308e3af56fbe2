package org.tematik.core.casebook;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.Map;
import java.util.UUID;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.source.Source;
import org.tematik.core.storage.CaseDao;
import org.tematik.core.storage.SourceDao;
import org.tematik.core.util.UserException;

/** Puts a source in a case. */
@JsonTypeName("case.assign")
public record AssignSource(UUID caseId, UUID sourceId) implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        CaseDao cases = ctx.dao(CaseDao.class);
        Case c = cases.find(caseId).orElseThrow(() -> new UserException("case.error.gone", caseId));
        Source s = ctx.dao(SourceDao.class).findActive(sourceId).orElseThrow(() -> new UserException("source.error.gone", sourceId));
        if (cases.countAssigned(caseId, sourceId) == 0) {
            cases.assign(caseId, sourceId);
        }
        return new Change("case.assign", "case", caseId.toString(), "Added source '" + s.name() + "' to case '" + c.name() + "'",
                null, Map.of("source", sourceId, "sourceName", s.name()), new UnassignSource(caseId, sourceId));
    }
}
