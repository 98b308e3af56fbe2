package org.tematik.core.exchange;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A project as REFI-QDA describes it, independent of XML and of the database: the export builds one from
 * a project, the reader builds one from a .qdpx/.qdc, and import and merge turn one into a batch.
 * GUIDs are plain UUIDs (the reader normalises case and braces); positions are code points.
 */
public final class Qda {
    private Qda() {
    }

    public record Project(String name, List<User> users, List<Code> codes, List<Variable> variables, List<Case> cases,
                          List<Source> sources, List<Note> notes, List<UUID> projectNotes) {
    }

    public record User(UUID guid, String name) {
    }

    /** One codebook node, flattened: {@code parent} is null at the top. */
    public record Code(UUID guid, UUID parent, String name, String color, String definition, String inclusion,
                       String exclusion, String example, List<UUID> notes) {
    }

    /** {@code type} is a REFI-QDA typeOfVariable (Text, Integer, Float, Date, Boolean, DateTime); owner: case or source. */
    public record Variable(UUID guid, String name, String type, String owner) {
    }

    public record Value(UUID variable, String value) {
    }

    public record Case(UUID guid, String name, String description, List<Value> values, List<UUID> sources) {
    }

    /**
     * A text source. {@code sha256} is the original file's hash when it is known (Tematik exports, or a
     * .qdpx that carries the original), else null. {@code original} is the original file's name inside
     * the archive (null when absent).
     */
    public record Source(UUID guid, String name, String text, String sha256, UUID creator, Instant created,
                         List<Selection> selections, List<UUID> notes, List<Value> values) {
    }

    public record Selection(UUID guid, int start, int end, UUID creator, Instant created, List<Coding> codings,
                            List<UUID> notes) {
    }

    public record Coding(UUID guid, UUID code, UUID creator, Instant created, List<UUID> notes) {
    }

    public record Note(UUID guid, String name, String text, UUID creator, Instant created) {
    }
}
