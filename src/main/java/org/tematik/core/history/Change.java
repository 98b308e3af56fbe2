package org.tematik.core.history;

/**
 * What a command did: the audit action and entity, a plain-English summary, the before/after state
 * (any JSON-writable value, null where there is none), and the command that reverses it
 * (null where the change cannot be undone, such as creating the project).
 */
public record Change(String action, String entityType, String entityId, String summary,
                     Object before, Object after, Command inverse) {
}
