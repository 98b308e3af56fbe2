package org.tematik.ui.common;

import java.util.UUID;

/** The passage selected in the document viewer, in code points of the source text. */
public record TextSelection(UUID sourceId, int start, int end) {
    public boolean isEmpty() {
        return end <= start;
    }
}
