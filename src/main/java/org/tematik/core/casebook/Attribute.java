package org.tematik.core.casebook;

import java.util.List;
import java.util.UUID;

/** A typed variable on cases or on sources ({@code ownerKind} "case" or "source"); choices only for CHOICE. */
public record Attribute(UUID id, String ownerKind, String name, AttributeType type, List<String> choices) {
    public static final String ON_CASE = "case";
    public static final String ON_SOURCE = "source";
    public static final int MAX_NAME = 200;
    public static final int MAX_VALUE = 2000;
    /** The source attribute search reads to choose a source's analyser (see core.search.SearchLanguage). */
    public static final String LANGUAGE = "language";
    public static final List<String> LANGUAGES = List.of("id", "en");

    public Attribute {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}
