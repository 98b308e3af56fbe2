package org.tematik.core.suggest;

import java.util.List;
import java.util.UUID;

/** The ranked codes for one unit [start, end) (code points) of a source; {@code unit} names the kind of unit. */
public record UnitSuggestions(UUID sourceId, String sourceName, int start, int end, String unit, String text,
                              List<RankedCode> codes) {
    /** A stable key for the unit itself: source prefix, start and end. */
    public String id() {
        return SuggestionId.unitKey(sourceId, start, end);
    }
}
