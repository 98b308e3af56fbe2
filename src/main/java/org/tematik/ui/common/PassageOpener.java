package org.tematik.ui.common;

import java.util.UUID;

/** Opens a passage of a source in the main window's document view (a jump from a list of passages). */
@FunctionalInterface
public interface PassageOpener {
    void show(UUID sourceId, int start, int end);
}
