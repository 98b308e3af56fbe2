package org.tematik.core.search;

import java.util.Locale;
import org.tematik.core.agreement.Unit;
import org.tematik.core.util.UserException;

/** What auto-coding codes around each hit: the hit itself, or its sentence, paragraph or speaker turn. */
public enum AutocodeUnit {
    HIT(null), SENTENCE(Unit.SENTENCE), PARAGRAPH(Unit.PARAGRAPH), SPEAKER_TURN(Unit.TURN);

    private final Unit unit;

    AutocodeUnit(Unit unit) {
        this.unit = unit;
    }

    /** The structural unit; null for HIT. */
    Unit unit() {
        return unit;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static AutocodeUnit parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("turn")) {
            return SPEAKER_TURN;
        }
        for (AutocodeUnit u : values()) {
            if (u.label().equals(v)) {
                return u;
            }
        }
        throw new UserException("autocode.error.unit", value);
    }
}
