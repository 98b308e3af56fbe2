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
        paint(map, canvas, bounds(map));
    }

    /** Paints with the given frame (left, top, width, height in map coordinates) at (0, 0), as while dragging. */
    public static void paint(ThematicMap map, MapCanvas canvas, double[] b) {
        double dx = -b[0];
        double dy = -b[1];
        canvas.rect(0, 0, b[2], b[3], 0, "#FFFFFF", null, 0, false);
        canvas.text(b[2] / 2, 18, legend(map), MapGeometry.SMALL_FONT, false, MUTED);
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
        // link labels last, each where it covers no node or node label
        for (MapEdge e : map.edges()) {
            MapNode from = byKey.get(e.from());
            MapNode to = byKey.get(e.to());
            if (e.drawn() && from != null && to != null) {
                edgeLabel(canvas, e, from, to, map, dx, dy);
            }
        }
    }

    /** The drawing's bounds in map coordinates, with room for the legend line on top. */
    public static double[] bounds(ThematicMap map) {
        double[] b = MapGeometry.bounds(map);
        double legendWidth = legend(map).length() * MapGeometry.SMALL_FONT * 0.6 + 2 * MapGeometry.MARGIN;
        double width = Math.max(b[2], legendWidth);
        return new double[] {b[0] - (width - b[2]) / 2, b[1] - LEGEND, width, b[3] + LEGEND};
    }

    private static String legend(ThematicMap map) {
        String dim = switch (map.dimension()) {
            case "method" -> Messages.tr("matrix.dim.method");
            case "case" -> Messages.tr("matrix.dim.case");
            case "source" -> Messages.tr("matrix.dim.source");
            case "coder" -> Messages.tr("matrix.dim.coder");
            case "source-type" -> Messages.tr("matrix.dim.sourceType");
            default -> map.dimension();
        };
        return Messages.tr("map.legend", dim.toLowerCase(Messages.locale()));
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
    }

    private static void edgeLabel(MapCanvas c, MapEdge e, MapNode from, MapNode to, ThematicMap map, double dx, double dy) {
        String text = linkText(e);
        double w = text.length() * MapGeometry.SMALL_FONT * 0.6 + 8;
        double h = MapGeometry.SMALL_FONT + 6;
        double mx = (from.x() + to.x()) / 2;
        double my = (from.y() + to.y()) / 2;
        search:
        for (int side = 0; side <= 10; side++) {
            double off = (side % 2 == 0 ? 1 : -1) * ((side + 1) / 2) * (h + 2); // beside the line when it is too short
            for (int step = 0; step <= 40; step++) {
                double t = 0.5 + (step % 2 == 0 ? 1 : -1) * (step / 2) * 0.02; // from the middle outwards
                double px = from.x() + (to.x() - from.x()) * t;
                double py = from.y() + (to.y() - from.y()) * t + off;
                if (map.nodes().stream().noneMatch(n -> covers(n, px - w / 2, py - h / 2, w, h))) {
                    mx = px;
                    my = py;
                    break search;
                }
            }
        }
        String colour = linkColour(e.kind());
        c.rect(mx + dx - w / 2, my + dy - h / 2, w, h, 4, "#FFFFFF", colour, 0.8, false);
        c.text(mx + dx, my + dy + MapGeometry.SMALL_FONT / 2 - 1, text, MapGeometry.SMALL_FONT, false, colour);
    }

    /** What a drawn link says: its kind, and the user's label after a colon. */
    public static String linkText(MapEdge e) {
        return Messages.tr(org.tematik.core.theme.MapLink.kindKey(e.kind())) + (e.label() == null ? "" : ": " + e.label());
    }

    /** Whether a node's shape or its labels meet the rectangle (map coordinates). */
    private static boolean covers(MapNode n, double x, double y, double w, double h) {
        double hw = MapGeometry.halfWidth(n);
        double top = n.y() - n.radius();
        double bottom = n.y() + n.radius() + MapGeometry.LABEL_FONT + 6 + (n.isTheme() ? MapGeometry.SMALL_FONT + 4 : 0);
        return x < n.x() + hw && x + w > n.x() - hw && y < bottom && y + h > top;
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
        double out = r < 20 ? 5 : 0; // small circles: keep the badge off the count
        double bx = x + r * 0.78 + out;
        double by = y - r * 0.78 - out;
        c.circle(bx, by, badge, n.span() >= 2 ? "#15803D" : "#B45309", "#FFFFFF", 1.5, false);
        c.text(bx, by + 3.8, Integer.toString(n.span()), 10.5, true, "#FFFFFF");
        double ly = y + r + MapGeometry.LABEL_FONT + 3;
        double lw = MapGeometry.labelWidth(n) + 6;
        double lh = MapGeometry.LABEL_FONT + 5 + (n.isTheme() ? MapGeometry.SMALL_FONT + 3 : 0);
        c.rect(x - lw / 2, y + r + 2, lw, lh, 3, "#FFFFFF", null, 0, false); // lines pass under the name, not through it
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
