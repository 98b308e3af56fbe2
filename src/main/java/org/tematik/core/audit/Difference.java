package org.tematik.core.audit;

import org.tematik.core.i18n.Messages;

/** One way the project's tables differ from what the trail says they should hold: a message key and its arguments. */
public record Difference(String key, Object... args) {

    public String message() {
        return Messages.tr(key, args);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Difference d && d.key.equals(key) && java.util.Arrays.equals(d.args, args);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + java.util.Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return key + java.util.Arrays.toString(args);
    }
}
