package org.tematik.core.theme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tematik.core.storage.CodeDao;
import org.tematik.core.storage.ThemeDao;
import org.tematik.core.util.UserException;

/** Checks shared by the theme commands, and the state they write to the audit trail. */
final class ThemeRules {
    static final int MAX_NAME = 300;
    static final int MAX_LABEL = 300;

    private ThemeRules() {
    }

    static Theme require(ThemeDao dao, UUID id) {
        return dao.find(id).orElseThrow(() -> new UserException("theme.error.gone", id));
    }

    static String validName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new UserException("theme.error.emptyName");
        }
        if (clean.length() > MAX_NAME) {
            throw new UserException("theme.error.longName", MAX_NAME);
        }
        return clean;
    }

    /** Theme names are unique in the project (ignoring case), so the CLI can name a theme unambiguously. */
    static void requireFreeName(ThemeDao dao, String name, UUID self) {
        for (Theme t : dao.list()) {
            if (t.name().equalsIgnoreCase(name) && !t.id().equals(self)) {
                throw new UserException("theme.error.duplicate", name);
            }
        }
    }

    static String cleanDefinition(String definition) {
        return definition == null || definition.isBlank() ? null : definition.strip();
    }

    static void requireCodes(CodeDao codes, List<UUID> ids) {
        for (UUID id : ids) {
            if (codes.find(id).isEmpty()) {
                throw new UserException("code.error.gone", id);
            }
        }
    }

    static Map<String, Object> state(Theme t, List<UUID> codeIds) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", t.name());
        m.put("definition", t.definition());
        m.put("status", t.status());
        m.put("parentId", t.parentId());
        m.put("codeIds", codeIds == null ? null : new ArrayList<>(codeIds));
        return m;
    }

    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
