package org.tematik.core.suggest;

import java.time.Instant;
import java.util.UUID;

/** A suggested code a coder turned down for one unit, so the queue does not offer it to them again. */
public record Rejection(UUID id, UUID sourceId, UUID codeId, int start, int end, String coder, Instant createdAt) {
}
