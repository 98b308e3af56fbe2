package org.tematik.core.suggest;

import java.util.UUID;

/** A coded segment shown as the reason for a suggestion: the coding, where it is, a snippet and its similarity. */
public record Evidence(UUID codingId, UUID sourceId, String sourceName, int start, int end, String snippet, double score) {
}
