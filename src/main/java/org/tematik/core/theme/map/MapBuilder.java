package org.tematik.core.theme.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tematik.core.codebook.Code;
import org.tematik.core.codebook.CodebookService;
import org.tematik.core.matrix.Matrix;
import org.tematik.core.matrix.MatrixService;
import org.tematik.core.matrix.MatrixSpec;
import org.tematik.core.theme.MapLink;
import org.tematik.core.theme.Placement;
import org.tematik.core.theme.Theme;
import org.tematik.core.theme.ThemeService;
import org.tematik.core.theme.ThemeSummary;

/**
 * Builds the map from the themes, their codes and the links: sizes from coded segments, colours from the
 * codes, badges from the triangulation matrix (codes x source type by default: the span is the matrix's own,
 * a theme's is the column values any of its codes reaches), and positions saved by the user or laid out.
 */
public final class MapBuilder {
    private static final String NEUTRAL = "#8A8F98";
    private final ThemeService themes;
    private final CodebookService codebook;
    private final MatrixService matrix;

    public MapBuilder(ThemeService themes, CodebookService codebook, MatrixService matrix) {
        this.themes = themes;
        this.codebook = codebook;
        this.matrix = matrix;
    }

    public ThematicMap build(long seed) {
        return build(MatrixSpec.of("source-type"), seed);
    }

    public ThematicMap build(MatrixSpec spec, long seed) {
        ThemeService.Membership members = themes.membership();
        Matrix m = matrix.build(spec);
        Map<UUID, int[]> codeData = new HashMap<>(); // code id -> {segments, span}
        Map<UUID, Integer> rowOf = new HashMap<>();
        for (int r = 0; r < m.rows().size(); r++) {
            int segments = 0;
            for (int c = 0; c < m.columns().size(); c++) {
                segments += m.cell(r, c);
            }
            codeData.put(m.rows().get(r).id(), new int[] {segments, m.rows().get(r).span()});
            rowOf.put(m.rows().get(r).id(), r);
        }
        Map<UUID, Code> codes = new HashMap<>();
        codebook.tree().forEach(n -> codes.put(n.code().id(), n.code()));
        Map<UUID, ThemeSummary> summaries = new HashMap<>();
        themes.summaries().forEach(s -> summaries.put(s.theme().id(), s));
        int maxTheme = summaries.values().stream().mapToInt(ThemeSummary::segments).max().orElse(0);
        int maxCode = members.allCodes().stream().mapToInt(id -> codeData.getOrDefault(id, new int[2])[0]).max().orElse(0);

        List<MapNode> nodes = new ArrayList<>();
        List<MapEdge> edges = new ArrayList<>();
        for (Theme t : members.themes()) {
            Set<UUID> subtree = members.subtreeCodes(t.id());
            int segments = summaries.get(t.id()).segments();
            nodes.add(new MapNode(MapLink.THEME, t.id(), t.name(), t.status(), t.parentId() != null, segments,
                    dominantColour(subtree, codes, codeData), themeSpan(subtree, rowOf, m),
                    MapGeometry.radius(true, segments, maxTheme), 0, 0, false));
            if (t.parentId() != null) {
                edges.add(new MapEdge(MapNode.key(MapLink.THEME, t.parentId()), MapNode.key(MapLink.THEME, t.id()),
                        MapEdge.SUB_THEME, null, null));
            }
            for (UUID c : members.codesOf(t.id())) {
                edges.add(new MapEdge(MapNode.key(MapLink.THEME, t.id()), MapNode.key(MapLink.CODE, c), MapEdge.MEMBER, null, null));
            }
        }
        for (UUID id : members.allCodes()) {
            Code c = codes.get(id);
            int[] data = codeData.getOrDefault(id, new int[2]);
            nodes.add(new MapNode(MapLink.CODE, id, c.name(), null, false, data[0], c.color(), data[1],
                    MapGeometry.radius(false, data[0], maxCode), 0, 0, false));
        }
        Set<String> present = new HashSet<>();
        nodes.forEach(n -> present.add(n.key()));
        for (MapLink l : themes.links()) {
            String from = MapNode.key(l.fromKind(), l.fromId());
            String to = MapNode.key(l.toKind(), l.toId());
            if (present.contains(from) && present.contains(to)) {
                edges.add(new MapEdge(from, to, l.kind(), l.label(), l.id()));
            }
        }
        return place(nodes, edges, themes.positions(), seed, spec.columns().toString());
    }

    /** Saved positions pin their nodes; the layout places the rest around them. */
    static ThematicMap place(List<MapNode> nodes, List<MapEdge> edges, List<Placement> saved, long seed, String dimension) {
        Map<String, Placement> at = new HashMap<>();
        saved.forEach(p -> at.put(MapNode.key(p.kind(), p.id()), p));
        List<MapNode> pinned = new ArrayList<>(nodes.size());
        for (MapNode n : nodes) {
            Placement p = at.get(n.key());
            pinned.add(p != null && p.placed() ? n.at(p.x(), p.y(), true) : n);
        }
        Map<String, double[]> xy = MapLayout.layout(pinned, edges, seed);
        List<MapNode> out = new ArrayList<>(pinned.size());
        for (MapNode n : pinned) {
            double[] p = xy.get(n.key());
            out.add(n.at(p[0], p[1], n.pinned()));
        }
        return new ThematicMap(out, edges, dimension);
    }

    private static String dominantColour(Set<UUID> subtree, Map<UUID, Code> codes, Map<UUID, int[]> data) {
        UUID best = null;
        int most = -1;
        for (UUID id : subtree) {
            int n = data.getOrDefault(id, new int[2])[0];
            if (codes.containsKey(id) && n > most) {
                most = n;
                best = id;
            }
        }
        return best == null ? NEUTRAL : codes.get(best).color();
    }

    /** Column values (other than "no value") reached by any code of the theme: the matrix's span, rolled up. */
    private static int themeSpan(Set<UUID> subtree, Map<UUID, Integer> rowOf, Matrix m) {
        int span = 0;
        for (int c = 0; c < m.columns().size(); c++) {
            if (m.columns().get(c).noValue()) {
                continue;
            }
            for (UUID id : subtree) {
                Integer r = rowOf.get(id);
                if (r != null && m.cell(r, c) > 0) {
                    span++;
                    break;
                }
            }
        }
        return span;
    }
}
