package org.tematik.core.theme.map;

/**
 * Sizes shared by the layout and every renderer (SVG, PNG, the window), so what the layout keeps apart is
 * what is drawn: a node is its circle plus its label below it.
 */
public final class MapGeometry {
    public static final double LABEL_FONT = 13;
    public static final double SMALL_FONT = 10.5;
    public static final double MARGIN = 24;
    public static final double MIN_THEME = 26;
    public static final double MAX_THEME = 54;
    public static final double MIN_CODE = 12;
    public static final double MAX_CODE = 32;
    /** Labels longer than this are cut with an ellipsis. */
    public static final int MAX_LABEL = 34;

    private MapGeometry() {
    }

    /** Radius from the node's share of the largest count, on a square-root scale so area follows the data. */
    public static double radius(boolean theme, int segments, int max) {
        double share = max <= 0 ? 0 : Math.sqrt(segments / (double) max);
        return theme ? MIN_THEME + (MAX_THEME - MIN_THEME) * share : MIN_CODE + (MAX_CODE - MIN_CODE) * share;
    }

    public static String label(MapNode n) {
        String s = n.label();
        return s.length() <= MAX_LABEL ? s : s.substring(0, MAX_LABEL - 1) + "\u2026";
    }

    /** A generous estimate of the label's width (average glyph about 0.6 em), the same for every renderer. */
    public static double labelWidth(MapNode n) {
        return label(n).length() * LABEL_FONT * 0.6;
    }

    public static double halfWidth(MapNode n) {
        return Math.max(n.radius(), labelWidth(n) / 2);
    }

    /** Half the height kept free around a node: its circle plus the label lines below it, on both sides. */
    public static double halfHeight(MapNode n) {
        return n.radius() + LABEL_FONT / 2 + 4 + (n.isTheme() ? SMALL_FONT / 2 + 2 : 0);
    }

    /** Left, top, width, height of the whole drawing (nodes and labels) with a margin. */
    public static double[] bounds(ThematicMap map) {
        if (map.nodes().isEmpty()) {
            return new double[] {0, 0, 400, 200};
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (MapNode n : map.nodes()) {
            double hw = halfWidth(n) + 8;
            minX = Math.min(minX, n.x() - hw);
            maxX = Math.max(maxX, n.x() + hw);
            minY = Math.min(minY, n.y() - n.radius() - 8);
            maxY = Math.max(maxY, n.y() + n.radius() + LABEL_FONT + 8 + (n.isTheme() ? SMALL_FONT + 4 : 0));
        }
        return new double[] {minX - MARGIN, minY - MARGIN, maxX - minX + 2 * MARGIN, maxY - minY + 2 * MARGIN};
    }
}
