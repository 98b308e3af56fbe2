package org.tematik.core.suggest;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tematik.core.util.UserException;

/**
 * The id of a suggestion, derived from what it is rather than stored: the first 8 hex digits of the source id,
 * the unit's start and end, and the first 8 hex digits of the code id, e.g. {@code 3f2a9c1b-120-480-9d0e11aa}.
 * The same suggestion has the same id in every run, so `suggest accept ID` works in a later CLI call (ADR 0020).
 */
public record SuggestionId(String sourcePrefix, int start, int end, String codePrefix) {
    private static final int PREFIX = 8;
    private static final Pattern FORM = Pattern.compile("([0-9a-f]{8})-(\\d{1,9})-(\\d{1,9})-([0-9a-f]{8})");

    public static String of(UUID sourceId, int start, int end, UUID codeId) {
        return unitKey(sourceId, start, end) + "-" + prefix(codeId);
    }

    static String unitKey(UUID sourceId, int start, int end) {
        return prefix(sourceId) + "-" + start + "-" + end;
    }

    static String prefix(UUID id) {
        return id.toString().substring(0, PREFIX);
    }

    public static SuggestionId parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            throw new UserException("suggest.error.id", text);
        }
        return new SuggestionId(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(4));
    }
}
