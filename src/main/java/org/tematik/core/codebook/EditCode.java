package org.tematik.core.codebook;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.storage.CodeDao;

/**
 * Sets a code's definition, inclusion and exclusion criteria, example and colour in one change: the
 * codebook history a supervisor reads shows how a definition evolved, and undo puts the old one back.
 */
@JsonTypeName("code.edit")
public record EditCode(UUID id, String definition, String inclusion, String exclusion, String example, String color)
        implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        CodeDao dao = ctx.dao(CodeDao.class);
        Code code = CodeRules.require(dao, id);
        String newColor = CodeRules.validColor(color);
        dao.updateDetails(id, clean(definition), clean(inclusion), clean(exclusion), clean(example), newColor);
        return new Change("code.edit", "code", id.toString(), "Edited code '" + code.name() + "'",
                state(code.definition(), code.inclusion(), code.exclusion(), code.example(), code.color()),
                state(clean(definition), clean(inclusion), clean(exclusion), clean(example), newColor),
                new EditCode(id, code.definition(), code.inclusion(), code.exclusion(), code.example(), code.color()));
    }

    private static Map<String, Object> state(String definition, String inclusion, String exclusion, String example, String color) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("definition", definition);
        m.put("inclusion", inclusion);
        m.put("exclusion", exclusion);
        m.put("example", example);
        m.put("color", color);
        return m;
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
