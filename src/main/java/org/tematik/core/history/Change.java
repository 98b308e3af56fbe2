package org.tematik.core.history;

/**
 * What a command did: the audit action and entity, a plain-English summary, the before/after state
 * (any JSON-writable value, null where there is none), and the command that reverses it
 * (null where the change cannot be undone, such as creating the project).
 */
public record Change(String action, String entityType, String entityId, String summary,
                     Object before, Object after, Command inverse) {

    /**
     * This change as one step of a larger one, for the audit data of a command made of several changes:
     * {"action", "entityId", "before", "after"}. Replaying the trail applies such steps one by one, so a
     * composite command needs no replay rule of its own.
     */
    public java.util.Map<String, Object> asStep() {
        java.util.Map<String, Object> step = new java.util.LinkedHashMap<>();
        step.put("action", action);
        step.put("entityId", entityId);
        step.put("before", before);
        step.put("after", after);
        return step;
    }
}
