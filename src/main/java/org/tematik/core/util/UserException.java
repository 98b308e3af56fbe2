package org.tematik.core.util;

import org.tematik.core.i18n.Messages;

/**
 * A problem the user can act on: bad input, a missing file, a locked project.
 * The message is a localized sentence (never a stack trace); callers show it as is.
 */
public class UserException extends RuntimeException {
    private final String key;
    private final transient Object[] args;

    public UserException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    public UserException(Throwable cause, String key, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    /** Resolved at read time, so the GUI shows it in the language chosen now. */
    @Override
    public String getMessage() {
        return Messages.tr(key, args);
    }
}
