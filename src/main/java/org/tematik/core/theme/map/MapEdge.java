package org.tematik.core.theme.map;

import java.util.UUID;

/**
 * A line on the map: a code under a theme ({@link #MEMBER}), a sub-theme under its theme ({@link #SUB_THEME}),
 * or a link the user drew (its kind, label and id).
 */
public record MapEdge(String from, String to, String kind, String label, UUID linkId) {
    public static final String MEMBER = "member";
    public static final String SUB_THEME = "sub-theme";

    public boolean drawn() {
        return linkId != null;
    }
}
