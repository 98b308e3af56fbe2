package org.tematik.core.theme.map;

import java.util.UUID;

/**
 * A box on the thematic map: a theme, a sub-theme or a code. {@code segments} is the data behind it (its size),
 * {@code span} the triangulation span of that data (the badge), {@code pinned} a position the user chose.
 */
public record MapNode(String kind, UUID id, String label, String status, boolean subTheme, int segments, String color,
                      int span, double radius, double x, double y, boolean pinned) {

    public String key() {
        return key(kind, id);
    }

    public static String key(String kind, UUID id) {
        return kind + ":" + id;
    }

    public boolean isTheme() {
        return org.tematik.core.theme.MapLink.THEME.equals(kind);
    }

    public MapNode at(double nx, double ny, boolean nowPinned) {
        return new MapNode(kind, id, label, status, subTheme, segments, color, span, radius, nx, ny, nowPinned);
    }

    public boolean contains(double px, double py) {
        double dx = px - x;
        double dy = py - y;
        return dx * dx + dy * dy <= radius * radius;
    }
}
