package org.tematik.ui.theme;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.tematik.core.theme.map.MapCanvas;

/** Draws the map on a JavaFX canvas with the same painter as the SVG and PNG files, so the window matches them. */
final class FxMapCanvas implements MapCanvas {
    private final GraphicsContext g;

    FxMapCanvas(GraphicsContext g) {
        this.g = g;
        g.setTextAlign(TextAlignment.CENTER);
        g.setLineCap(StrokeLineCap.ROUND);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
        stroke(stroke, width, dashed);
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void polygon(double[] xs, double[] ys, String fill) {
        g.setFill(Color.web(fill));
        g.fillPolygon(xs, ys, xs.length);
    }

    @Override
    public void circle(double cx, double cy, double r, String fill, String stroke, double width, boolean dashed) {
        if (fill != null) {
            g.setFill(Color.web(fill));
            g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        }
        if (stroke != null) {
            stroke(stroke, width, dashed);
            g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
        }
    }

    @Override
    public void rect(double x, double y, double w, double h, double arc, String fill, String stroke, double width, boolean dashed) {
        if (fill != null) {
            g.setFill(Color.web(fill));
            g.fillRoundRect(x, y, w, h, 2 * arc, 2 * arc);
        }
        if (stroke != null) {
            stroke(stroke, width, dashed);
            g.strokeRoundRect(x, y, w, h, 2 * arc, 2 * arc);
        }
    }

    @Override
    public void text(double x, double y, String text, double size, boolean bold, String fill) {
        g.setFont(Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
        g.setFill(Color.web(fill));
        g.fillText(text, x, y);
    }

    private void stroke(String colour, double width, boolean dashed) {
        g.setStroke(Color.web(colour));
        g.setLineWidth(width);
        g.setLineDashes(dashed ? new double[] {6, 4} : null);
    }
}
