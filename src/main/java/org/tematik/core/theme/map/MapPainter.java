package org.tematik.core.theme.map;

import java.util.Map;
import org.tematik.core.i18n.Messages;
import org.tematik.core.theme.ThemeStatus;

/**
 * Draws a laid-out map on any {@link MapCanvas}: lines first, then nodes (rounded squares for themes, circles
 * for codes, sized by their coded segments), each with its name, a theme's status and a badge with the
 * triangulation span (green once it reaches 2).
 */
public final class MapPainter {
    public static final double LEGEND = 26;
    private static final String EDGE = "#B8BCC4";
    private static final String SUB = "#6B7280";
    private static final String TEXT = "#1F2328";
    private static final String MUTED = "#59616B";

    private MapPainter() {
    }

    /** Paints in map coordinates shifted so that the drawing's top-left corner is at (0, 0). */
    public static void paint(ThematicMap map, MapCanvas canvas) {
        double[] b = bounds(map);
        double dx = -b[0];
        double dy = -b[1];
        canvas.rect(0, 0, b[2], b[3], 0, "#FFFFFF", null, 0, false);
        canvas.text(b[2] / 2, 18, Messages.tr("map.legend", map.dimension()), MapGeometry.SMALL_FONT, false, MUTED);
        Map<String, MapNode> byKey = map.byKey();
        for (MapEdge e : map.edges()) {
            MapNode from = byKey.get(e.from());
            MapNode to = byKey.get(e.to());
            if (from != null && to != null) {
                edge(canvas, e, from, to, dx, dy);
            }
        }
        for (MapNode n : map.nodes()) {
            node(canvas, n, n.x() + dx, n.y() + dy);
        }
    }

    /** The drawing's bounds in map coordinates, with room for the legend line on top. */
    public static double[] bounds(ThematicMap map) {
        double[] b = MapGeometry.bounds(map);
        double legendWidth = Messages.tr("map.legend", map.dimension()).length() * MapGeometry.SMALL_FONT * 0.6 + 2 * MapGeometry.MARGIN;
        double width = Math.max(b[2], legendWidth);
        return new double[] {b[0] - (width - b[2]) / 2, b[1] - LEGEND, width, b[3] + LEGEND};
    }

    private static void edge(MapCanvas c, MapEdge e, MapNode from, MapNode to, double dx, double dy) {
        double x1 = from.x() + dx;
        double y1 = from.y() + dy;
        double x2 = to.x() + dx;
        double y2 = to.y() + dy;
        if (!e.drawn()) {
            boolean sub = MapEdge.SUB_THEME.equals(e.kind());
            c.line(x1, y1, x2, y2, sub ? SUB : EDGE, sub ? 2.2 : 1.3, false);
            return;
        }
        String colour = linkColour(e.kind());
        double len = Math.max(1, Math.hypot(x2 - x1, y2 - y1));
        double ux = (x2 - x1) / len;
        double uy = (y2 - y1) / len;
        double tipX = x2 - ux * (to.radius() + 3);
        double tipY = y2 - uy * (to.radius() + 3);
        c.line(x1 + ux * from.radius(), y1 + uy * from.radius(), tipX, tipY, colour, 2, "contradicts".equals(e.kind()));
        double bx = tipX - ux * 11;
        double by = tipY - uy * 11;
        c.polygon(new double[] {tipX, bx - uy * 5, bx + uy * 5}, new double[] {tipY, by + ux * 5, by - ux * 5}, colour);
        String text = Messages.tr(org.tematik.core.theme.MapLink.kindKey(e.kind())) + (e.label() == null ? "" : ": " + e.label());
        double mx = (x1 + x2) / 2;
        double my = (y1 + y2) / 2;
        double w = text.length() * MapGeometry.SMALL_FONT * 0.6 + 8;
        c.rect(mx - w / 2, my - MapGeometry.SMALL_FONT, w, MapGeometry.SMALL_FONT + 6, 4, "#FFFFFF", colour, 0.8, false);
        c.text(mx, my, text, MapGeometry.SMALL_FONT, false, colour);
    }

    private static void node(MapCanvas c, MapNode n, double x, double y) {
        double r = n.radius();
        String colour = n.color() == null ? "#8A8F98" : n.color();
        if (n.isTheme()) {
            c.rect(x - r, y - r, 2 * r, 2 * r, r * 0.5, tint(colour, 0.78), shade(colour), 2.6, n.subTheme());
        } else {
            c.circle(x, y, r, tint(colour, 0.55), shade(colour), 1.6, false);
        }
        c.text(x, y + 4, Integer.toString(n.segments()), n.isTheme() ? 13 : 11, true, TEXT);
        double badge = 9.5;
        double bx = x + r * 0.78;
        double by = y - r * 0.78;
        c.circle(bx, by, badge, n.span() >= 2 ? "#15803D" : "#B45309", "#FFFFFF", 1.5, false);
        c.text(bx, by + 3.8, Integer.toString(n.span()), 10.5, true, "#FFFFFF");
        double ly = y + r + MapGeometry.LABEL_FONT + 3;
        c.text(x, ly, MapGeometry.label(n), MapGeometry.LABEL_FONT, n.isTheme(), TEXT);
        if (n.isTheme() && n.status() != null) {
            c.text(x, ly + MapGeometry.SMALL_FONT + 3, Messages.tr(ThemeStatus.parse(n.status()).labelKey()),
                    MapGeometry.SMALL_FONT, false, MUTED);
        }
    }

    public static String linkColour(String kind) {
        return switch (kind) {
            case "influences" -> "#2563EB";
            case "contradicts" -> "#DC2626";
            default -> "#4B5563";
        };
    }

    /** The colour mixed with white: {@code amount} 0 keeps it, 1 gives white. */
    static String tint(String hex, double amount) {
        int[] rgb = rgb(hex);
        return String.format("#%02X%02X%02X", mix(rgb[0], 255, amount), mix(rgb[1], 255, amount), mix(rgb[2], 255, amount));
    }

    static String shade(String hex) {
        int[] rgb = rgb(hex);
        return String.format("#%02X%02X%02X", mix(rgb[0], 0, 0.25), mix(rgb[1], 0, 0.25), mix(rgb[2], 0, 0.25));
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }

    static int[] rgb(String hex) {
        try {
            int v = Integer.parseInt(hex.substring(1, 7), 16);
            return new int[] {(v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF};
        } catch (RuntimeException malformed) {
            return new int[] {0x8A, 0x8F, 0x98};
        }
    }
}
