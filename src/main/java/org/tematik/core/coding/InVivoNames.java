package org.tematik.core.coding;

import java.util.Locale;
import java.util.Set;

/** Turns selected words into an in-vivo code name: one line, no surrounding quotes or punctuation, not too long. */
public final class InVivoNames {
    /** Long enough for a phrase, short enough for the codebook panel; counted in code points. */
    static final int MAX_LENGTH = 60;

    private InVivoNames() {
    }

    public static String from(String words) {
        String flat = words.replaceAll("\\s+", " ").strip();
        flat = flat.replaceAll("^[\\p{Punct}\\p{Pi}\\p{Pf}\\s]+|[\\p{Punct}\\p{Pi}\\p{Pf}\\s]+$", "");
        if (flat.codePointCount(0, flat.length()) <= MAX_LENGTH) {
            return flat;
        }
        String cut = flat.substring(0, flat.offsetByCodePoints(0, MAX_LENGTH - 1));
        int space = cut.lastIndexOf(' ');
        return (space > MAX_LENGTH / 2 ? cut.substring(0, space) : cut).strip() + "…";
    }

    /** {@code name}, or "name (2)", "name (3)"… when a sibling already has it ({@code taken} is lower case). */
    public static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; taken.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = name + " (" + n + ")";
        }
        return candidate;
    }
}
