package org.tematik.core.codebook;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.tematik.core.storage.CodeDao;
import org.tematik.core.util.UserException;

/** The codebook's invariants, checked by every command that changes names or the tree. */
final class CodeRules {
    static final int MAX_NAME = 300;
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    private CodeRules() {
    }

    static String validName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new UserException("code.error.emptyName");
        }
        if (trimmed.length() > MAX_NAME) {
            throw new UserException("code.error.longName", MAX_NAME);
        }
        return trimmed;
    }

    static String validColor(String color) {
        if (color == null || !COLOR.matcher(color).matches()) {
            throw new UserException("code.error.color", color);
        }
        return color.toLowerCase();
    }

    /** Names are unique among siblings, ignoring case: "Koordinasi" and "koordinasi" would confuse everyone. */
    static void requireFreeName(CodeDao dao, UUID parentId, String name, UUID except) {
        boolean taken = dao.listAll().stream()
                .filter(c -> Objects.equals(c.parentId(), parentId))
                .filter(c -> !c.id().equals(except))
                .anyMatch(c -> c.name().equalsIgnoreCase(name));
        if (taken) {
            throw new UserException("code.error.duplicate", name);
        }
    }

    static Code require(CodeDao dao, UUID id) {
        return dao.find(id).orElseThrow(() -> new UserException("code.error.gone", id));
    }

    /** The code and all codes below it, parents before children. */
    static List<Code> subtree(List<Code> all, UUID rootId) {
        List<Code> out = new java.util.ArrayList<>();
        all.stream().filter(c -> c.id().equals(rootId)).findFirst().ifPresent(out::add);
        for (int i = 0; i < out.size(); i++) {
            UUID parent = out.get(i).id();
            all.stream().filter(c -> parent.equals(c.parentId())).forEach(out::add);
        }
        return out;
    }
}
