package org.tematik.core.codebook;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.Map;
import java.util.UUID;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.storage.CodeDao;
import org.tematik.core.util.UserException;

@JsonTypeName("code.create")
public record CreateCode(UUID id, UUID parentId, String name, String definition, String color) implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        CodeDao dao = ctx.dao(CodeDao.class);
        String cleanName = CodeRules.validName(name);
        if (parentId != null && dao.find(parentId).isEmpty()) {
            throw new UserException("code.error.gone", parentId);
        }
        CodeRules.requireFreeName(dao, parentId, cleanName, id);
        Code code = new Code(id, parentId, cleanName, blankToNull(definition), null, null, null,
                CodeRules.validColor(color), dao.nextSortOrder(), ctx.now(), ctx.coder());
        dao.insert(code, ctx.coderId());
        return new Change("code.create", "code", id.toString(), "Created code '" + cleanName + "'",
                null, state(code), new DeleteCode(id));
    }

    static Map<String, Object> state(Code code) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("id", code.id());
        m.put("parentId", code.parentId());
        m.put("name", code.name());
        m.put("definition", code.definition());
        m.put("color", code.color());
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
