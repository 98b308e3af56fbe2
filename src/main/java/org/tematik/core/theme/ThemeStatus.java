package org.tematik.core.theme;

import java.util.Locale;
import org.tematik.core.util.UserException;

/** Where a theme stands in Braun and Clarke's phases 3 to 5: searched for, reviewed, defined and named. */
public enum ThemeStatus {
    CANDIDATE, REVIEWED, FINAL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ThemeStatus parse(String text) {
        for (ThemeStatus s : values()) {
            if (s.id().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return s;
            }
        }
        throw new UserException("theme.error.status", text);
    }

    /** One step up (candidate to reviewed to final); final stays final. */
    public ThemeStatus promoted() {
        return this == FINAL ? FINAL : values()[ordinal() + 1];
    }

    public ThemeStatus demoted() {
        return this == CANDIDATE ? CANDIDATE : values()[ordinal() - 1];
    }

    public String labelKey() {
        return switch (this) {
            case CANDIDATE -> "theme.status.candidate";
            case REVIEWED -> "theme.status.reviewed";
            case FINAL -> "theme.status.final";
        };
    }
}
