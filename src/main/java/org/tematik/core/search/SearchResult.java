package org.tematik.core.search;

import java.util.List;

/** The hits of one query, in source and text order; {@code complete} is false when a limit cut the list. */
public record SearchResult(String query, List<SearchHit> hits, int paragraphs, boolean complete, long millis) {
}
