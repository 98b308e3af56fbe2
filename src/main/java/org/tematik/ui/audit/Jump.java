package org.tematik.ui.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.tematik.core.audit.AuditEvent;
import org.tematik.core.util.Json;

/** Where an event points in the project: a code, and for codings the source and the span. */
record Jump(UUID code, UUID source, int start, int end) {

    static Jump of(AuditEvent e) {
        JsonNode data = Json.read(e.data());
        JsonNode state = data.path("after").isObject() ? data.path("after") : data.path("before");
        return switch (e.entityType()) {
            case "code" -> new Jump(uuid(e.entityId()), null, 0, 0);
            case "coding" -> new Jump(uuid(state.path("code").asText(null)), uuid(state.path("source").asText(null)),
                    state.path("start").asInt(), state.path("end").asInt());
            case "source" -> new Jump(null, uuid(e.entityId()), 0, 0);
            default -> new Jump(null, null, 0, 0);
        };
    }

    private static UUID uuid(String s) {
        try {
            return s == null ? null : UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
