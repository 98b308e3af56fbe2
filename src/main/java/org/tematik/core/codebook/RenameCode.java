package org.tematik.core.codebook;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.Map;
import java.util.UUID;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.storage.CodeDao;

@JsonTypeName("code.rename")
public record RenameCode(UUID id, String newName) implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        CodeDao dao = ctx.dao(CodeDao.class);
        Code code = CodeRules.require(dao, id);
        String clean = CodeRules.validName(newName);
        CodeRules.requireFreeName(dao, code.parentId(), clean, id);
        dao.rename(id, clean);
        return new Change("code.rename", "code", id.toString(),
                "Renamed code '" + code.name() + "' to '" + clean + "'",
                Map.of("name", code.name()), Map.of("name", clean), new RenameCode(id, code.name()));
    }
}
