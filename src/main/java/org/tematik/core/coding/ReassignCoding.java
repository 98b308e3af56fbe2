package org.tematik.core.coding;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tematik.core.codebook.Code;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.storage.CodeDao;
import org.tematik.core.storage.CodingDao;
import org.tematik.core.util.UserException;

/** Moves one coding to another code: same segment, coder and time; the inverse moves it back. */
@JsonTypeName("coding.reassign")
public record ReassignCoding(UUID id, UUID codeId) implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        CodingDao codings = ctx.dao(CodingDao.class);
        CodeDao codes = ctx.dao(CodeDao.class);
        Coding coding = codings.find(id).orElseThrow(() -> new UserException("coding.error.gone", id));
        Code from = codes.find(coding.codeId()).orElseThrow(() -> new UserException("code.error.gone", coding.codeId()));
        Code to = codes.find(codeId).orElseThrow(() -> new UserException("code.error.gone", codeId));
        if (codings.countSame(coding.sourceId(), codeId, coding.start(), coding.end(), coding.coder()) > 0) {
            throw new UserException("coding.error.reassignTwin", to.name());
        }
        codings.reassign(List.of(id), codeId);
        return new Change("coding.reassign", "coding", id.toString(),
                "Re-assigned a coding from '" + from.name() + "' to '" + to.name() + "'",
                Map.of("code", from.id(), "codeName", from.name()), Map.of("code", to.id(), "codeName", to.name()),
                new ReassignCoding(id, from.id()));
    }
}
