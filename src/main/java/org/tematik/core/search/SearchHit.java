package org.tematik.core.search;

import java.util.UUID;

/**
 * One match: where it is in its source (code points, end exclusive), page and paragraph (0 where the
 * source has none), the matched text, and a one-line snippet around it; the hit is
 * {@code snippet[snippetStart, snippetEnd)} (UTF-16 indexes into the snippet, for display).
 */
public record SearchHit(UUID sourceId, String sourceName, int start, int end, int page, int paragraph,
                        String match, String snippet, int snippetStart, int snippetEnd) {
}
