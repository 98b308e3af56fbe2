package org.tematik.core.agreement;

import java.util.Locale;
import org.tematik.core.util.UserException;

/** What is compared: each paragraph, each sentence, or each speaker turn of the sources. */
public enum Unit {
    PARAGRAPH, SENTENCE, TURN;

    public static Unit parse(String name) {
        try {
            return Unit.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserException("agreement.error.unit", name);
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
