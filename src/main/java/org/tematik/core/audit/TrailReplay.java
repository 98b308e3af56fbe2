package org.tematik.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.tematik.core.history.CommandStack;
import org.tematik.core.util.Json;

/**
 * Rebuilds the codebook, the codings and the sources from the trail alone, event by event. Undo and
 * redo events carry the operation they applied in {@code data.op}, so they replay like any change.
 * Deleted items go to a graveyard, because a restore event names them by id only.
 */
public final class TrailReplay {
    /** A coding as the trail describes it; {@code seq} is the last event that touched it. */
    public record Coding(UUID id, UUID sourceId, UUID codeId, int start, int end, String coder,
                         String sourceName, String codeName, long seq) {
        Coding withCode(UUID code, String name, long at) {
            return new Coding(id, sourceId, code, start, end, coder, sourceName, name, at);
        }

        Coding withSpan(int from, int to, long at) {
            return new Coding(id, sourceId, codeId, from, to, coder, sourceName, codeName, at);
        }
    }

    public record Code(UUID id, UUID parentId, String name, String definition, long seq) {
    }

    public record Source(UUID id, String name, boolean removed, long seq) {
    }

    /** A review, sign-off or agreement; {@code text} is the comment, the agreed definition or the stage. */
    public record Review(UUID id, String kind, String text, String reviewer, Long headSeq, String headHash, long seq) {
    }

    private final Map<UUID, Coding> codings = new LinkedHashMap<>();
    private final Map<UUID, Code> codes = new LinkedHashMap<>();
    private final Map<UUID, Source> sources = new LinkedHashMap<>();
    private final Map<UUID, Review> reviews = new LinkedHashMap<>();
    private final Map<UUID, Coding> deletedCodings = new HashMap<>();
    private final Map<UUID, Code> deletedCodes = new HashMap<>();

    public Map<UUID, Coding> codings() {
        return codings;
    }

    public Map<UUID, Code> codes() {
        return codes;
    }

    public Map<UUID, Source> sources() {
        return sources;
    }

    public Map<UUID, Review> reviews() {
        return reviews;
    }

    /** The operation an event applied: its action, or for undo/redo the action of what was replayed. */
    public static String operation(AuditEvent e, JsonNode data) {
        boolean replayed = CommandStack.UNDO.equals(e.action()) || CommandStack.REDO.equals(e.action());
        return replayed && data.hasNonNull("op") ? data.get("op").asText() : e.action();
    }

    public void apply(AuditEvent e) {
        JsonNode data = Json.read(e.data());
        apply(e, operation(e, data), e.entityId(), data.path("before"), data.path("after"), e.seq());
    }

    /**
     * A command made of several changes lists them under {@code after.steps} (see Change.asStep), each with
     * its own action, entity id and before/after: they replay one by one, like separate events.
     */
    private void apply(AuditEvent e, String operation, String entityId, JsonNode before, JsonNode after, long seq) {
        if (after.path("steps").isArray()) {
            for (JsonNode step : after.path("steps")) {
                apply(e, step.path("action").asText(), text(step.path("entityId")), step.path("before"), step.path("after"), seq);
            }
            return;
        }
        UUID id = uuid(entityId);
        switch (operation) {
            case "coding.add" -> {
                codings.put(id, new Coding(id, uuid(after.path("source")), uuid(after.path("code")),
                        after.path("start").asInt(), after.path("end").asInt(), after.path("coder").asText(),
                        after.path("sourceName").asText(), after.path("codeName").asText(), seq));
                deletedCodings.remove(id);
            }
            case "coding.remove" -> bury(id);
            case "code.create" -> codes.put(id, code(after, seq));
            case "code.rename" -> codes.computeIfPresent(id, (k, c) ->
                    new Code(k, c.parentId(), after.path("name").asText(), c.definition(), seq));
            case "code.delete" -> {
                before.path("codingIds").forEach(n -> bury(uuid(n)));
                before.path("codeIds").forEach(n -> buryCode(uuid(n)));
                buryCode(id);
            }
            case "code.restore" -> {
                after.path("codeIds").forEach(n -> raiseCode(uuid(n), seq));
                codes.put(id, code(after, seq));
                after.path("codingIds").forEach(n -> raise(uuid(n), seq));
            }
            case "code.merge" -> merge(id, after, seq);
            case "code.edit" -> codes.computeIfPresent(id, (k, c) ->
                    new Code(k, c.parentId(), c.name(), text(after.path("definition")), seq));
            case "code.move" -> reparent(id, uuid(after.path("parentId")), seq);
            case "coding.reassign" -> codings.computeIfPresent(id, (k, c) ->
                    c.withCode(uuid(after.path("code")), after.path("codeName").asText(), seq));
            case "code.unmerge" -> {
                codes.put(id, code(after, seq));
                deletedCodes.remove(id);
                String name = after.path("name").asText();
                after.path("movedCodingIds").forEach(n -> codings.computeIfPresent(uuid(n), (k, c) -> c.withCode(id, name, seq)));
                after.path("restoredCodingIds").forEach(n -> raise(uuid(n), seq));
                after.path("movedChildIds").forEach(n -> reparent(uuid(n), id, seq));
            }
            case "source.import" -> sources.put(id, new Source(id, after.path("name").asText(), false, seq));
            case "source.remove", "source.restore" -> sources.computeIfPresent(id, (k, s) ->
                    new Source(k, s.name(), after.path("removed").asBoolean(), seq));
            // a new source version (anonymisation or its undo) moves codings with the text
            case "source.anonymise", "source.deanonymise" -> after.path("moved").forEach(n -> codings.computeIfPresent(
                    uuid(n.path("id")), (k, c) -> c.withSpan(n.path("start").asInt(), n.path("end").asInt(), seq)));
            case "review.comment" -> review(e, after, "comment", after.path("comment").asText(), seq);
            case "review.agree" -> review(e, after, "agree", after.path("definition").asText(), seq);
            case "review.signoff" -> review(e, after, "signoff", after.path("stage").asText(), seq);
            default -> {
                // cases, memos and the project itself are not part of the reconciled state
            }
        }
    }

    private void review(AuditEvent e, JsonNode after, String kind, String text, long seq) {
        UUID id = uuid(after.path("reviewId"));
        if (id != null) {
            boolean signoff = "signoff".equals(kind);
            reviews.put(id, new Review(id, kind, text, e.coder(), signoff ? after.path("headSeq").asLong() : null,
                    signoff ? after.path("headHash").asText() : null, seq));
        }
    }

    private void merge(UUID fromId, JsonNode after, long seq) {
        UUID into = uuid(after.path("into"));
        String intoName = after.path("intoName").asText();
        after.path("movedCodingIds").forEach(n -> codings.computeIfPresent(uuid(n), (k, c) -> c.withCode(into, intoName, seq)));
        after.path("droppedCodingIds").forEach(n -> bury(uuid(n)));
        after.path("movedChildIds").forEach(n -> reparent(uuid(n), into, seq));
        buryCode(fromId);
    }

    private void reparent(UUID id, UUID parent, long seq) {
        codes.computeIfPresent(id, (k, c) -> new Code(k, parent, c.name(), c.definition(), seq));
    }

    private void bury(UUID id) {
        Coding gone = codings.remove(id);
        if (gone != null) {
            deletedCodings.put(id, gone);
        }
    }

    private void raise(UUID id, long seq) {
        Coding back = deletedCodings.remove(id);
        if (back != null) {
            codings.put(id, new Coding(id, back.sourceId(), back.codeId(), back.start(), back.end(), back.coder(),
                    back.sourceName(), back.codeName(), seq));
        }
    }

    private void buryCode(UUID id) {
        Code gone = codes.remove(id);
        if (gone != null) {
            deletedCodes.put(id, gone);
        }
    }

    private void raiseCode(UUID id, long seq) {
        Code back = deletedCodes.remove(id);
        if (back != null) {
            codes.put(id, new Code(id, back.parentId(), back.name(), back.definition(), seq));
        }
    }

    private static Code code(JsonNode state, long seq) {
        return new Code(uuid(state.path("id")), uuid(state.path("parentId")), state.path("name").asText(),
                text(state.path("definition")), seq);
    }

    static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    static UUID uuid(JsonNode node) {
        return uuid(text(node));
    }

    static UUID uuid(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
