package org.tematik.core.theme.map;

import java.util.Locale;

/** Writes the map as SVG elements: real vector shapes, and names as text a thesis can search and copy. */
final class SvgCanvas implements MapCanvas {
    private final StringBuilder out = new StringBuilder();

    SvgCanvas(double width, double height) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(n(width)).append("\" height=\"")
                .append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
                .append("\" font-family=\"DejaVu Sans, Arial, sans-serif\">\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
        out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append('"').append(stroke(stroke, width, dashed)).append("/>\n");
    }

    @Override
    public void polygon(double[] xs, double[] ys, String fill) {
        out.append("<polygon points=\"");
        for (int i = 0; i < xs.length; i++) {
            out.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        out.append("\" fill=\"").append(fill).append("\"/>\n");
    }

    @Override
    public void circle(double cx, double cy, double r, String fill, String stroke, double width, boolean dashed) {
        out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append("\" fill=\"").append(fill == null ? "none" : fill).append('"').append(stroke(stroke, width, dashed))
                .append("/>\n");
    }

    @Override
    public void rect(double x, double y, double w, double h, double arc, String fill, String stroke, double width, boolean dashed) {
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append('"');
        if (arc > 0) {
            out.append(" rx=\"").append(n(arc)).append('"');
        }
        out.append(" fill=\"").append(fill == null ? "none" : fill).append('"').append(stroke(stroke, width, dashed)).append("/>\n");
    }

    @Override
    public void text(double x, double y, String text, double size, boolean bold, String fill) {
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(n(size))
                .append("\" text-anchor=\"middle\" fill=\"").append(fill).append('"')
                .append(bold ? " font-weight=\"bold\"" : "").append('>').append(escape(text)).append("</text>\n");
    }

    String finish() {
        return out.append("</svg>\n").toString();
    }

    private static String stroke(String stroke, double width, boolean dashed) {
        if (stroke == null) {
            return "";
        }
        return " stroke=\"" + stroke + "\" stroke-width=\"" + n(width) + "\"" + (dashed ? " stroke-dasharray=\"6 4\"" : "");
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** XML text and attribute escaping; control characters XML 1.0 forbids are dropped. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (cp >= 0x20 || cp == '\t' || cp == '\n' || cp == '\r') {
                        b.appendCodePoint(cp);
                    }
                }
            }
        });
        return b.toString();
    }
}
