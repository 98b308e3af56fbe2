package org.tematik.core.matrix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tematik.core.codebook.CodeNode;

/**
 * The codebook in tree order (parents before children, siblings by sort order then name, as
 * CodebookService.tree() orders it) with paths, read in one query without coding counts.
 */
final class CodeTree {
    record Node(UUID id, UUID parentId, String name, String path, String definition, String color) {
    }

    private CodeTree() {
    }

    static List<Node> of(List<MatrixRows.CodeRow> codes) {
        Map<UUID, List<MatrixRows.CodeRow>> children = new HashMap<>();
        for (MatrixRows.CodeRow c : codes) {
            children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
        }
        children.values().forEach(l -> l.sort(Comparator.comparingInt(MatrixRows.CodeRow::sortOrder)
                .thenComparing(MatrixRows.CodeRow::name)));
        List<Node> out = new ArrayList<>(codes.size());
        walk(children, null, "", out);
        return out;
    }

    private static void walk(Map<UUID, List<MatrixRows.CodeRow>> children, UUID parent, String prefix, List<Node> out) {
        for (MatrixRows.CodeRow c : children.getOrDefault(parent, List.of())) {
            String path = prefix + c.name();
            out.add(new Node(c.id(), c.parentId(), c.name(), path, c.definition(), c.color()));
            walk(children, c.id(), path + CodeNode.PATH_SEPARATOR, out);
        }
    }
}
