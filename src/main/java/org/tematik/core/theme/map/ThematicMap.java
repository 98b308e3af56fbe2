package org.tematik.core.theme.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The thematic map as laid out: nodes with positions and the lines between them, in map coordinates. */
public record ThematicMap(List<MapNode> nodes, List<MapEdge> edges, String dimension) {

    public Map<String, MapNode> byKey() {
        Map<String, MapNode> m = new LinkedHashMap<>();
        nodes.forEach(n -> m.put(n.key(), n));
        return m;
    }

    /** The node under a point, topmost (last drawn) first. */
    public Optional<MapNode> nodeAt(double x, double y) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (nodes.get(i).contains(x, y)) {
                return Optional.of(nodes.get(i));
            }
        }
        return Optional.empty();
    }

    /** The same map with one node moved (and pinned), as while the user drags it. */
    public ThematicMap moved(String key, double x, double y) {
        List<MapNode> out = new ArrayList<>(nodes.size());
        for (MapNode n : nodes) {
            out.add(n.key().equals(key) ? n.at(x, y, true) : n);
        }
        return new ThematicMap(out, edges, dimension);
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }
}
