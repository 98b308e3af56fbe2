package org.tematik.core.theme.map;

import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Places the map's nodes with JGraphT's Fruchterman-Reingold layout (ADR 0019). The seed makes it the same
 * on every run; nodes the user placed are pinned and never move. A last pass pushes apart nodes whose
 * circles and labels would overlap, since FR spaces centres, not shapes.
 */
public final class MapLayout {
    public static final long DEFAULT_SEED = 20_061_983L;
    private static final int ITERATIONS = 300;
    /** FR's ideal edge length as a share of sqrt(area / nodes); the separation pass below makes room for labels. */
    private static final double SPREAD = 0.6;
    private static final double GAP = 40;
    private static final String HUB = "hub:";

    private MapLayout() {
    }

    /** New positions for every node (pinned ones keep theirs), in node order. */
    public static Map<String, double[]> layout(List<MapNode> nodes, List<MapEdge> edges, long seed) {
        Map<String, double[]> out = new LinkedHashMap<>();
        if (nodes.isEmpty()) {
            return out;
        }
        double side = Math.max(300, 115 * Math.sqrt(nodes.size()));
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        nodes.forEach(n -> graph.addVertex(n.key()));
        for (MapEdge e : edges) {
            if (!e.from().equals(e.to()) && graph.containsVertex(e.from()) && graph.containsVertex(e.to())) {
                graph.addEdge(e.from(), e.to());
            }
        }
        // an unseen hub tied to every top-level theme keeps separate clusters together instead of flung to the corners
        graph.addVertex(HUB);
        Set<String> below = new HashSet<>();
        edges.stream().filter(e -> MapEdge.SUB_THEME.equals(e.kind())).forEach(e -> below.add(e.to()));
        nodes.stream().filter(n -> n.isTheme() && !below.contains(n.key())).forEach(n -> graph.addEdge(HUB, n.key()));
        MapLayoutModel2D<String> model = new MapLayoutModel2D<>(Box2D.of(0, 0, side, side));
        Random random = new Random(seed);
        for (MapNode n : nodes) {
            // every node gets a seeded start; pinned ones start (and stay) where the user put them
            Point2D start = n.pinned() ? Point2D.of(n.x(), n.y()) : Point2D.of(random.nextDouble() * side, random.nextDouble() * side);
            model.put(n.key(), start);
            model.setFixed(n.key(), n.pinned());
        }
        model.put(HUB, Point2D.of(side / 2, side / 2));
        FRLayoutAlgorithm2D<String, DefaultEdge> fr = new FRLayoutAlgorithm2D<>(ITERATIONS,
                SPREAD, random);
        fr.setInitializer(model::get);
        fr.layout(graph, model);
        for (MapNode n : nodes) {
            Point2D p = model.get(n.key());
            out.put(n.key(), new double[] {p.getX(), p.getY()});
        }
        separate(nodes, out, linkGaps(edges));
        return out;
    }

    /** Two nodes joined by a drawn link keep a little more room, for the link's label (capped: long labels go beside). */
    private static Map<String, Double> linkGaps(List<MapEdge> edges) {
        Map<String, Double> gaps = new java.util.HashMap<>();
        for (MapEdge e : edges) {
            if (e.drawn()) {
                double width = Math.min(70, MapPainter.linkText(e).length() * MapGeometry.SMALL_FONT * 0.6 + 24);
                gaps.merge(e.from() + "|" + e.to(), width, Math::max);
                gaps.merge(e.to() + "|" + e.from(), width, Math::max);
            }
        }
        return gaps;
    }

    /** Pushes overlapping unpinned nodes apart along the line between them, a few rounds, deterministically. */
    static void separate(List<MapNode> nodes, Map<String, double[]> at, Map<String, Double> gaps) {
        for (int round = 0; round < 200; round++) {
            boolean moved = false;
            for (int i = 0; i < nodes.size(); i++) {
                for (int j = i + 1; j < nodes.size(); j++) {
                    double gap = gaps.getOrDefault(nodes.get(i).key() + "|" + nodes.get(j).key(), GAP);
                    moved |= pushApart(nodes.get(i), nodes.get(j), at, gap);
                }
            }
            if (!moved) {
                return;
            }
        }
    }

    private static boolean pushApart(MapNode a, MapNode b, Map<String, double[]> at, double gap) {
        if (a.pinned() && b.pinned()) {
            return false;
        }
        double[] pa = at.get(a.key());
        double[] pb = at.get(b.key());
        double halfA = MapGeometry.halfWidth(a);
        double halfB = MapGeometry.halfWidth(b);
        double overlapX = halfA + halfB + gap - Math.abs(pa[0] - pb[0]);
        double overlapY = MapGeometry.halfHeight(a) + MapGeometry.halfHeight(b) + gap - Math.abs(pa[1] - pb[1]);
        if (overlapX <= 0 || overlapY <= 0) {
            return false;
        }
        // move along the axis that needs less, split between the movable nodes
        boolean alongX = overlapX < overlapY;
        double need = (alongX ? overlapX : overlapY) + 0.5;
        double sign = (alongX ? pa[0] - pb[0] : pa[1] - pb[1]) >= 0 ? 1 : -1;
        double shareA = a.pinned() ? 0 : b.pinned() ? 1 : 0.5;
        int axis = alongX ? 0 : 1;
        pa[axis] += sign * need * shareA;
        pb[axis] -= sign * need * (1 - shareA);
        return true;
    }
}
