package org.tematik.core.coding;

import java.time.Instant;
import java.util.UUID;

/** One code applied to one segment: [start, end) in Unicode code points of the source text. */
public record Coding(UUID id, UUID sourceId, UUID codeId, int start, int end, String coder, Instant createdAt) {
}
