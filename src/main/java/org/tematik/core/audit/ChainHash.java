package org.tematik.core.audit;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tematik.core.util.Hashing;
import org.tematik.core.util.Json;

/**
 * The hash of one audit row: SHA-256(prev_hash + canonical content). Canonical content is the
 * row's fields as JSON with sorted keys, times in ISO-8601 UTC at microsecond precision
 * (what the database keeps), so the same row always hashes the same way.
 */
public final class ChainHash {
    private ChainHash() {
    }

    /** The precision the database stores; times are truncated before hashing and storing. */
    public static Instant storable(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    public static String of(String prevHash, long seq, Instant time, String coder, String action,
                            String entityType, String entityId, String summary, String data) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("seq", seq);
        row.put("time", DateTimeFormatter.ISO_INSTANT.format(storable(time)));
        row.put("coder", coder);
        row.put("action", action);
        row.put("entityType", entityType);
        row.put("entityId", entityId);
        row.put("summary", summary);
        row.put("data", data);
        return Hashing.sha256(prevHash + Json.write(row));
    }

    public static String of(AuditEvent e) {
        return of(e.prevHash(), e.seq(), e.time(), e.coder(), e.action(), e.entityType(), e.entityId(), e.summary(), e.data());
    }
}
