package org.tematik.core.codebook;

import java.time.Instant;
import java.util.UUID;

/** A node of the codebook. A theme is simply a code with sub-codes. */
public record Code(
        UUID id,
        UUID parentId,
        String name,
        String definition,
        String inclusion,
        String exclusion,
        String example,
        String color,
        int sortOrder,
        Instant createdAt,
        String createdBy) {

    public Code withName(String newName) {
        return new Code(id, parentId, newName, definition, inclusion, exclusion, example, color, sortOrder, createdAt, createdBy);
    }
}
