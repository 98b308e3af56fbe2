package org.tematik.core.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * Which events to show or export; every field is optional (null = any). {@code code} and {@code source}
 * match events on that entity or whose data mentions it (a coding with that code, a merge into it);
 * {@code action} also matches undo/redo of that action; {@code text} searches summary, coder, action and data.
 */
public record AuditFilter(String coder, String action, UUID code, UUID source, Instant from, Instant to, String text) {
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null, null);

    public static AuditFilter since(Instant from, String coder) {
        return new AuditFilter(blank(coder), null, null, null, from, null, null);
    }

    public boolean isAll() {
        return equals(ALL);
    }

    public AuditFilter withText(String t) {
        return new AuditFilter(coder, action, code, source, from, to, blank(t));
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
