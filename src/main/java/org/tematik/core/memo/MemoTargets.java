package org.tematik.core.memo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.storage.CodeDao;
import org.tematik.core.storage.SourceDao;
import org.tematik.core.util.UserException;

/** What a memo may be attached to, and how audit summaries name it. */
final class MemoTargets {
    static final int MAX_TITLE = 500;
    private static final Set<String> TYPES = Set.of(Memo.ON_PROJECT, Memo.ON_SOURCE, Memo.ON_CODE, Memo.ON_CODING, Memo.ON_THEME);

    private MemoTargets() {
    }

    static void requireType(String type) {
        if (!TYPES.contains(type)) {
            throw new UserException("memo.error.target", type);
        }
    }

    static String requireBody(String body) {
        if (body == null || body.isBlank()) {
            throw new UserException("memo.error.empty");
        }
        return body.strip();
    }

    static String cleanTitle(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = title.strip();
        return t.length() > MAX_TITLE ? t.substring(0, MAX_TITLE) : t;
    }

    static String describe(ChangeContext ctx, String type, UUID id) {
        return switch (type) {
            case Memo.ON_SOURCE -> "source '" + ctx.dao(SourceDao.class).find(id).map(s -> s.name()).orElse("?") + "'";
            case Memo.ON_CODE -> "code '" + ctx.dao(CodeDao.class).find(id).map(c -> c.name()).orElse("?") + "'";
            case Memo.ON_CODING -> "a coding";
            case Memo.ON_THEME -> "theme '" + ctx.dao(org.tematik.core.storage.ThemeDao.class).find(id).map(t -> t.name()).orElse("?") + "'";
            default -> "the project";
        };
    }

    static Map<String, Object> state(Memo memo) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("targetType", memo.targetType());
        m.put("targetId", memo.targetId());
        m.put("title", memo.title());
        m.put("body", memo.body());
        m.put("coder", memo.coder());
        return m;
    }
}
