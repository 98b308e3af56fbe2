package org.tematik.core.theme;

import java.util.Locale;
import java.util.UUID;
import org.tematik.core.util.UserException;

/** A link the user drew on the thematic map, from one node to another, with a kind and a free label. */
public record MapLink(UUID id, String fromKind, UUID fromId, String toKind, UUID toId, String kind, String label) {
    public static final String THEME = "theme";
    public static final String CODE = "code";
    public static final java.util.List<String> KINDS = java.util.List.of("influences", "part-of", "contradicts");

    public static String requireKind(String kind) {
        String k = kind == null ? "" : kind.strip().toLowerCase(Locale.ROOT);
        if (!KINDS.contains(k)) {
            throw new UserException("map.error.linkKind", kind);
        }
        return k;
    }

    /** The message key naming a link kind. */
    public static String kindKey(String kind) {
        return switch (kind) {
            case "influences" -> "map.link.influences";
            case "contradicts" -> "map.link.contradicts";
            default -> "map.link.partOf";
        };
    }

    MapLink retarget(UUID from, UUID to) {
        return new MapLink(id, fromKind, THEME.equals(fromKind) && fromId.equals(from) ? to : fromId,
                toKind, THEME.equals(toKind) && toId.equals(from) ? to : toId, kind, label);
    }
}
