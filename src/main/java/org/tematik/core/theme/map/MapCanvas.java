package org.tematik.core.theme.map;

/**
 * The few drawing primitives the map needs, so one {@link MapPainter} draws SVG, PNG and the window alike.
 * Colours are "#RRGGBB"; null means none.
 */
public interface MapCanvas {
    void line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed);

    void polygon(double[] xs, double[] ys, String fill);

    void circle(double cx, double cy, double r, String fill, String stroke, double width, boolean dashed);

    void rect(double x, double y, double w, double h, double arc, String fill, String stroke, double width, boolean dashed);

    /** Text centred on {@code x}, baseline at {@code y}. */
    void text(double x, double y, String text, double size, boolean bold, String fill);
}
