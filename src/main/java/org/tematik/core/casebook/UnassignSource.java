package org.tematik.core.casebook;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.Map;
import java.util.UUID;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.storage.CaseDao;
import org.tematik.core.util.UserException;

/** Takes a source out of a case (the source itself stays). */
@JsonTypeName("case.unassign")
public record UnassignSource(UUID caseId, UUID sourceId) implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        CaseDao cases = ctx.dao(CaseDao.class);
        Case c = cases.find(caseId).orElseThrow(() -> new UserException("case.error.gone", caseId));
        cases.unassign(caseId, sourceId);
        return new Change("case.unassign", "case", caseId.toString(), "Took a source out of case '" + c.name() + "'",
                Map.of("source", sourceId), null, new AssignSource(caseId, sourceId));
    }
}
