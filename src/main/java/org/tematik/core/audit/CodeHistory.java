package org.tematik.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.tematik.core.storage.AuditQueryDao;
import org.tematik.core.util.Json;

/**
 * The story of one code from the trail: created, renamed, definition and parent changes, merges in
 * and out, splits, deletion and restoration, and the undo/redo of each, with who and when.
 */
public final class CodeHistory {
    /** One step of a code's story; {@code kind} is stable for scripts, {@code text} is for people. */
    public record Step(long seq, Instant time, String coder, String action, String kind, String text,
                       JsonNode before, JsonNode after) {
    }

    private final Jdbi jdbi;

    public CodeHistory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<Step> of(UUID codeId) {
        String id = codeId.toString();
        List<AuditEvent> events = jdbi.withExtension(AuditQueryDao.class, dao -> dao.codeEvents(id, "%" + id + "%"));
        EventText text = new EventText(names()::get);
        List<Step> steps = new ArrayList<>();
        for (AuditEvent e : events) {
            JsonNode data = Json.read(e.data());
            String kind = kind(e, codeId, TrailReplay.operation(e, data), data.path("before"), data.path("after"));
            if (kind != null) {
                steps.add(new Step(e.seq(), e.time(), e.coder(), e.action(), kind, text.describe(e),
                        data.path("before"), data.path("after")));
            }
        }
        return steps;
    }

    /** Every code's story in one pass over the code events, keyed by code id, codes in order of creation. */
    public Map<UUID, List<Step>> all() {
        Map<UUID, List<Step>> out = new java.util.LinkedHashMap<>();
        EventText text = new EventText(names()::get);
        jdbi.useHandle(h -> {
            try (java.util.stream.Stream<AuditEvent> events = h.attach(AuditQueryDao.class).allCodeEvents()) {
                events.forEach(e -> {
                    JsonNode data = Json.read(e.data());
                    JsonNode before = data.path("before");
                    JsonNode after = data.path("after");
                    String op = TrailReplay.operation(e, data);
                    String description = null;
                    for (UUID id : candidates(e, before, after)) {
                        String kind = kind(e, id, op, before, after);
                        if (kind != null) {
                            description = description == null ? text.describe(e) : description;
                            out.computeIfAbsent(id, k -> new ArrayList<>())
                                    .add(new Step(e.seq(), e.time(), e.coder(), e.action(), kind, description, before, after));
                        }
                    }
                });
            }
        });
        return out;
    }

    /** The codes an event may concern: itself, a merge target, moved children, a deleted or restored subtree. */
    private static Set<UUID> candidates(AuditEvent e, JsonNode before, JsonNode after) {
        Set<UUID> ids = new LinkedHashSet<>();
        ids.add(TrailReplay.uuid(e.entityId()));
        ids.add(TrailReplay.uuid(after.path("into")));
        ids.add(TrailReplay.uuid(before.path("into")));
        for (JsonNode list : List.of(after.path("movedChildIds"), before.path("codeIds"), after.path("codeIds"))) {
            list.forEach(n -> ids.add(TrailReplay.uuid(n)));
        }
        ids.remove(null);
        return ids;
    }

    /** Codes that ever had this name, per the trail (for codes merged away or deleted), oldest first. */
    public List<UUID> idsNamed(String name) {
        String wanted = name.strip();
        String pattern = "%\"name\":" + Json.write(wanted).toLowerCase(Locale.ROOT) + "%";
        Set<UUID> ids = new LinkedHashSet<>();
        for (AuditEvent e : jdbi.withExtension(AuditQueryDao.class, dao -> dao.codeEventsMentioning(pattern))) {
            JsonNode data = Json.read(e.data());
            for (JsonNode state : List.of(data.path("before"), data.path("after"))) {
                if (wanted.equalsIgnoreCase(state.path("name").asText(null)) && TrailReplay.uuid(e.entityId()) != null) {
                    ids.add(TrailReplay.uuid(e.entityId()));
                }
            }
        }
        return new ArrayList<>(ids);
    }

    public Map<UUID, String> names() {
        return jdbi.withExtension(AuditQueryDao.class, AuditQueryDao::names);
    }

    /** What the event did to this code, or null when it only mentions the id in passing. */
    private static String kind(AuditEvent e, UUID codeId, String op, JsonNode before, JsonNode after) {
        boolean self = codeId.toString().equals(e.entityId());
        String id = codeId.toString();
        return switch (op) {
            case "code.create" -> self ? "created" : null;
            case "code.rename" -> self ? "renamed" : null;
            case "code.delete" -> self ? "deleted" : contains(before.path("codeIds"), id) ? "deletedWithParent" : null;
            case "code.restore" -> self ? "restored" : contains(after.path("codeIds"), id) ? "restoredWithParent" : null;
            case "code.merge" -> self ? "mergedAway" : id.equals(after.path("into").asText()) ? "mergedIn"
                    : contains(after.path("movedChildIds"), id) ? "parentChanged" : null;
            case "code.unmerge" -> self ? "splitOut" : id.equals(before.path("into").asText()) ? "splitOff"
                    : contains(after.path("movedChildIds"), id) ? "parentChanged" : null;
            case "review.agree" -> self ? "agreed" : null;
            case "review.comment" -> self ? "commented" : null;
            default -> self ? edited(before, after) : null;
        };
    }

    /** Commands that edit a code's fields (definition, parent, colour …) are described by what they changed. */
    private static String edited(JsonNode before, JsonNode after) {
        if (!Objects.equals(before.get("definition"), after.get("definition"))) {
            return "definitionChanged";
        }
        if (!Objects.equals(before.get("parentId"), after.get("parentId"))) {
            return "parentChanged";
        }
        return "edited";
    }

    private static boolean contains(JsonNode array, String id) {
        for (JsonNode n : array) {
            if (id.equals(n.asText())) {
                return true;
            }
        }
        return false;
    }
}
