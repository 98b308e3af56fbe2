package org.tematik.ui.common;

import javafx.scene.input.DataFormat;

/** Drag-and-drop formats shared by the viewer (drag source) and the codebook (drop target). */
public final class DragFormats {
    /** A selected passage being dragged onto a code. */
    public static final DataFormat SEGMENT = new DataFormat("application/x-tematik-segment");

    /** A code (its id) being dragged to another place in the codebook. */
    public static final DataFormat CODE = new DataFormat("application/x-tematik-code");

    private DragFormats() {
    }
}
