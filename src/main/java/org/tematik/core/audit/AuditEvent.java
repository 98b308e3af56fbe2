package org.tematik.core.audit;

import java.time.Instant;

/** One row of the audit trail. {@code data} is canonical JSON: before/after state and references. */
public record AuditEvent(
        long seq,
        Instant time,
        String coder,
        String action,
        String entityType,
        String entityId,
        String summary,
        String data,
        String prevHash,
        String hash) {

    public static final String GENESIS_HASH = "0".repeat(64);

    public String entity() {
        return entityId == null ? entityType : entityType + ":" + entityId;
    }
}
