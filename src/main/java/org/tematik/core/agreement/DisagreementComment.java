package org.tematik.core.agreement;

import java.time.Instant;
import java.util.UUID;

/** A coder's remark on one disagreement: the unit [start, end) of a source, for one code. */
public record DisagreementComment(UUID id, UUID sourceId, UUID codeId, int start, int end, String body, String coder,
                                  Instant createdAt) {
}
