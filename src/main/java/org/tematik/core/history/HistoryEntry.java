package org.tematik.core.history;

/** One undoable change on a coder's stack. */
public record HistoryEntry(long id, String coder, long auditSeq, String state, String summary,
                           String undoCommand, String redoCommand) {
}
