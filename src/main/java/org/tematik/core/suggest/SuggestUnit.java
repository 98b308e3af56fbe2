package org.tematik.core.suggest;

import java.util.Locale;
import org.tematik.core.agreement.Unit;
import org.tematik.core.util.UserException;

/** What suggestions are made for: each paragraph, sentence or speaker turn of a source, or one selection. */
public enum SuggestUnit {
    PARAGRAPH(Unit.PARAGRAPH), SENTENCE(Unit.SENTENCE), SPEAKER_TURN(Unit.TURN), SELECTION(null);

    private final Unit unit;

    SuggestUnit(Unit unit) {
        this.unit = unit;
    }

    /** The structural unit the source is cut into; null for a selection. */
    Unit unit() {
        return unit;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** paragraph, sentence or speaker-turn (also "turn"), as the CLI takes them. */
    public static SuggestUnit parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("turn")) {
            return SPEAKER_TURN;
        }
        for (SuggestUnit u : values()) {
            if (u != SELECTION && u.label().equals(v)) {
                return u;
            }
        }
        throw new UserException("suggest.error.unit", value);
    }
}
