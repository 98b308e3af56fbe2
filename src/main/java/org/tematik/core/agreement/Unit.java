package org.tematik.core.agreement;

import java.util.Locale;
import org.tematik.core.util.UserException;

/** What is compared: each character, sentence, paragraph or speaker turn of the sources. */
public enum Unit {
    CHARACTER, SENTENCE, PARAGRAPH, TURN;

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

    /** The unit's name in the user's language, as the method text uses it. */
    public String messageKey() {
        return switch (this) {
            case CHARACTER -> "agreement.unit.character";
            case SENTENCE -> "agreement.unit.sentence";
            case PARAGRAPH -> "agreement.unit.paragraph";
            case TURN -> "agreement.unit.turn";
        };
    }
}
