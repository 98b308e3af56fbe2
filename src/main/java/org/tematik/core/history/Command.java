package org.tematik.core.history;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One change to a project. Commands are applied only by {@link CommandStack}, inside one transaction
 * with their audit event. A command's inverse is stored as JSON (its type name is the audit action),
 * so undo works in a later session or from the CLI.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
public interface Command {
    /** Checks, applies, and describes the change. Throws {@code UserException} to refuse; nothing is then written. */
    Change apply(ChangeContext ctx);
}
