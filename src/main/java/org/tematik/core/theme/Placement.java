package org.tematik.core.theme;

import java.util.UUID;

/** A node's place on the map as the user left it; {@code x} and {@code y} null mean "let the layout place it". */
public record Placement(String kind, UUID id, Double x, Double y) {
    public boolean placed() {
        return x != null && y != null;
    }
}
