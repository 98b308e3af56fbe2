package org.tematik.core.theme.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;

/** Draws the map with Java2D, for PNG files written without any window (works with java.awt.headless). */
final class AwtCanvas implements MapCanvas {
    private final Graphics2D g;

    AwtCanvas(Graphics2D g) {
        this.g = g;
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
        stroke(stroke, width, dashed);
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void polygon(double[] xs, double[] ys, String fill) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        p.closePath();
        g.setColor(Color.decode(fill));
        g.fill(p);
    }

    @Override
    public void circle(double cx, double cy, double r, String fill, String stroke, double width, boolean dashed) {
        Ellipse2D.Double shape = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        if (fill != null) {
            g.setColor(Color.decode(fill));
            g.fill(shape);
        }
        if (stroke != null) {
            stroke(stroke, width, dashed);
            g.draw(shape);
        }
    }

    @Override
    public void rect(double x, double y, double w, double h, double arc, String fill, String stroke, double width, boolean dashed) {
        RoundRectangle2D.Double shape = new RoundRectangle2D.Double(x, y, w, h, 2 * arc, 2 * arc);
        if (fill != null) {
            g.setColor(Color.decode(fill));
            g.fill(shape);
        }
        if (stroke != null) {
            stroke(stroke, width, dashed);
            g.draw(shape);
        }
    }

    @Override
    public void text(double x, double y, String text, double size, boolean bold, String fill) {
        g.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size));
        FontMetrics fm = g.getFontMetrics();
        g.setColor(Color.decode(fill));
        g.drawString(text, (float) (x - fm.stringWidth(text) / 2.0), (float) y);
    }

    private void stroke(String colour, double width, boolean dashed) {
        g.setColor(Color.decode(colour));
        g.setStroke(dashed
                ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f)
                : new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }
}
