package org.tematik.core.anonymise;

import java.util.UUID;

/** A coding's span in code points, as the trail records a move and as undo restores it. */
public record CodingSpan(UUID coding, int start, int end) {
}
