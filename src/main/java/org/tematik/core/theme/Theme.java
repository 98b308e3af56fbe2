package org.tematik.core.theme;

import java.util.UUID;

/** A candidate theme: a named group of codes with its "story" (definition); {@code parentId} makes it a sub-theme. */
public record Theme(UUID id, UUID parentId, String name, String definition, String status) {
}
