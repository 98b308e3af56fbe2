package org.tematik.core.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * A supervisor's note: a comment on an event, code or coding; an agreed code definition (body holds the
 * definition agreed); or a stage sign-off (body names the stage, head_seq/head_hash the chain it saw).
 */
public record Review(UUID id, String kind, String targetType, String targetId, String body, String reviewer,
                     Instant createdAt, Long headSeq, String headHash) {
    public static final String COMMENT = "comment";
    public static final String AGREE = "agree";
    public static final String SIGNOFF = "signoff";
}
