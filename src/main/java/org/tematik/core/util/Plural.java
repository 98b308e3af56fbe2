package org.tematik.core.util;

/** "1 coding", "3 codings": for the English audit summaries and CLI lines (messages use ChoiceFormat). */
public final class Plural {
    private Plural() {
    }

    public static String of(long count, String singular) {
        return count + " " + (count == 1 ? singular : singular + "s");
    }
}
