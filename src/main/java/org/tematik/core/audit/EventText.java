package org.tematik.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tematik.core.history.CommandStack;
import org.tematik.core.i18n.Messages;
import org.tematik.core.util.Json;

/**
 * An event as a sentence in the user's language ("renamed code 'Koordinasi' to 'Central coordination'"),
 * built from its action and before/after data. The stored summary is English and part of the hash,
 * so it never changes; this is only how it is shown. Unknown actions show the stored summary.
 */
public final class EventText {
    /** The quoted passage of a coding summary ("Coded '…' in '…' as '…'"): the data holds offsets, not text. */
    private static final Pattern QUOTE = Pattern.compile("^(?:Undo: |Redo: )?(?:Coded|Removed coding) '(.*)' in '");
    private final Function<UUID, String> names;

    /** {@code names} gives the current name of a source, code or case by id (null when unknown). */
    public EventText(Function<UUID, String> names) {
        this.names = names;
    }

    public String describe(AuditEvent e) {
        JsonNode data = Json.read(e.data());
        String op = TrailReplay.operation(e, data);
        String text = describe(e, op, data.path("before"), data.path("after"));
        if (CommandStack.UNDO.equals(e.action())) {
            return Messages.tr("audit.event.undo", text);
        }
        if (CommandStack.REDO.equals(e.action())) {
            return Messages.tr("audit.event.redo", text);
        }
        return text;
    }

    private String describe(AuditEvent e, String op, JsonNode before, JsonNode after) {
        return switch (op) {
            case "project.create" -> Messages.tr("audit.event.projectCreate", after.path("name").asText());
            case "source.import" -> Messages.tr("audit.event.sourceImport", after.path("name").asText(),
                    after.path("chars").asLong());
            case "source.remove" -> Messages.tr("audit.event.sourceRemove", name(e.entityId()));
            case "source.restore" -> Messages.tr("audit.event.sourceRestore", name(e.entityId()));
            case "code.create" -> Messages.tr("audit.event.codeCreate", after.path("name").asText());
            case "code.rename" -> Messages.tr("audit.event.codeRename", before.path("name").asText(),
                    after.path("name").asText());
            case "code.delete" -> Messages.tr("audit.event.codeDelete", before.path("name").asText(),
                    before.path("codingIds").size());
            case "code.restore" -> Messages.tr("audit.event.codeRestore", after.path("name").asText());
            case "code.merge" -> Messages.tr("audit.event.codeMerge", before.path("name").asText(),
                    after.path("intoName").asText(), after.path("movedCodingIds").size() + after.path("droppedCodingIds").size());
            case "code.unmerge" -> Messages.tr("audit.event.codeUnmerge", after.path("name").asText(),
                    name(TrailReplay.text(before.path("into"))));
            case "coding.add" -> Messages.tr("audit.event.codingAdd", quote(e, after), after.path("sourceName").asText(),
                    after.path("codeName").asText()) + (after.path("origin").asText().equals("suggestion")
                    ? " " + Messages.tr("suggest.audit.accepted",
                            String.format(java.util.Locale.ROOT, "%.3f", after.path("score").asDouble()))
                    : "");
            case "suggestion.reject" -> Messages.tr("suggest.audit.rejected", after.path("codeName").asText(),
                    after.path("sourceName").asText(), after.path("start").asInt(), after.path("end").asInt());
            case "suggestion.forget" -> Messages.tr("suggest.audit.forgotten", before.path("codeName").asText(),
                    before.path("sourceName").asText(), before.path("start").asInt(), before.path("end").asInt());
            case "coding.remove" -> Messages.tr("audit.event.codingRemove", quote(e, before),
                    before.path("sourceName").asText(), before.path("codeName").asText());
            case "case.create" -> Messages.tr("audit.event.caseCreate", after.path("name").asText());
            case "case.delete" -> Messages.tr("audit.event.caseDelete", before.path("name").asText());
            case "case.assign" -> Messages.tr("audit.event.caseAssign", after.path("sourceName").asText(), name(e.entityId()));
            case "case.unassign" -> Messages.tr("audit.event.caseUnassign", name(TrailReplay.text(before.path("source"))),
                    name(e.entityId()));
            case "review.comment" -> Messages.tr("audit.event.reviewComment", after.path("target").asText(),
                    after.path("comment").asText());
            case "review.agree" -> Messages.tr("audit.event.reviewAgree", after.path("name").asText());
            case "review.signoff" -> Messages.tr("audit.event.reviewSignoff", after.path("stage").asText(),
                    after.path("headSeq").asLong(), after.path("headHash").asText());
            case "source.anonymise" -> Messages.tr("audit.event.sourceAnonymise", after.path("sources").size(),
                    sum(after.path("sources"), "replacements"), shortId(e.entityId()));
            case "source.deanonymise" -> Messages.tr("audit.event.sourceDeanonymise", after.path("sources").size(),
                    shortId(e.entityId()));
            default -> e.summary();
        };
    }

    private static long sum(JsonNode items, String field) {
        long total = 0;
        for (JsonNode item : items) {
            total += item.path(field).asLong();
        }
        return total;
    }

    /** The first block of a mapping's id: enough to tell mappings apart in a list. */
    private static String shortId(String id) {
        return id == null ? "" : id.substring(0, Math.min(8, id.length()));
    }

    private static String quote(AuditEvent e, JsonNode state) {
        Matcher m = QUOTE.matcher(e.summary());
        if (m.find()) {
            return m.group(1);
        }
        return "[" + state.path("start").asInt() + "–" + state.path("end").asInt() + "]";
    }

    private String name(String id) {
        UUID uuid = TrailReplay.uuid(id);
        String name = uuid == null ? null : names.apply(uuid);
        return name == null ? "?" : name;
    }
}
