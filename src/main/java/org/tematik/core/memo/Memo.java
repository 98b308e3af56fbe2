package org.tematik.core.memo;

import java.time.Instant;
import java.util.UUID;

/** Free text attached to the project, a source, a code or a coding. */
public record Memo(UUID id, String targetType, UUID targetId, String title, String body, String coder,
                   Instant createdAt, Instant updatedAt) {
    public static final String ON_CODING = "coding";
    public static final String ON_PROJECT = "project";
    public static final String ON_SOURCE = "source";
    public static final String ON_CODE = "code";
    public static final String ON_THEME = "theme";
}
