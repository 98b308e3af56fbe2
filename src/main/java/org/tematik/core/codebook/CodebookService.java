package org.tematik.core.codebook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.tematik.core.history.CommandStack;
import org.tematik.core.storage.CodeDao;
import org.tematik.core.storage.CodingDao;
import org.tematik.core.util.UserException;

/** Builds and changes the codebook. Codes are named by id, by path ("Theme > Code") or by a unique name. */
public final class CodebookService {
    private final Jdbi jdbi;
    private final CommandStack stack;
    private final String coder;

    public CodebookService(Jdbi jdbi, CommandStack stack, String coder) {
        this.jdbi = jdbi;
        this.stack = stack;
        this.coder = coder;
    }

    public Code add(String name, String parentRef, String definition, String color) {
        UUID parentId = parentRef == null || parentRef.isBlank() ? null : resolve(parentRef).id();
        String chosen = color == null || color.isBlank() ? CodePalette.forIndex(count()) : color.strip();
        UUID id = UUID.randomUUID();
        stack.execute(new CreateCode(id, parentId, name, definition, chosen), coder);
        return find(id);
    }

    public Code rename(String ref, String newName) {
        Code code = resolve(ref);
        stack.execute(new RenameCode(code.id(), newName), coder);
        return find(code.id());
    }

    public Code merge(String fromRef, String intoRef) {
        Code from = resolve(fromRef);
        Code into = resolve(intoRef);
        if (from.id().equals(into.id())) {
            throw new UserException("code.error.mergeIntoSelf", from.name(), into.name());
        }
        stack.execute(new MergeCodes(from.id(), into.id()), coder);
        return find(into.id());
    }

    /** Sets definition, criteria, example and colour (null clears a text; the colour is required). */
    public Code edit(UUID id, String definition, String inclusion, String exclusion, String example, String color) {
        stack.execute(new EditCode(id, definition, inclusion, exclusion, example, color), coder);
        return find(id);
    }

    /** Moves a code under {@code parentId} (null: top level), before sibling {@code beforeId} (null: last). */
    public void move(UUID id, UUID parentId, UUID beforeId) {
        stack.execute(new MoveCode(id, parentId, beforeId), coder);
    }

    /** In how many (active) sources each code is used. */
    public Map<UUID, Integer> sourceCounts() {
        return jdbi.withExtension(CodingDao.class, CodingDao::sourceCountsByCode);
    }

    /** Deletes the code, its sub-codes and their codings; undo brings them all back. */
    public void delete(String ref) {
        stack.execute(new DeleteCode(resolve(ref).id()), coder);
    }

    /** What deleting a code would take with it: sub-codes and codings, for the confirmation dialog. */
    public DeletionImpact impactOfDeleting(UUID id) {
        List<Code> subtree = CodeRules.subtree(jdbi.withExtension(CodeDao.class, CodeDao::listAll), id);
        int codings = subtree.isEmpty() ? 0
                : jdbi.withExtension(CodingDao.class, dao -> dao.forCodes(subtree.stream().map(Code::id).toList())).size();
        return new DeletionImpact(Math.max(0, subtree.size() - 1), codings);
    }

    public record DeletionImpact(int childCodes, int codings) {
    }

    /** The whole codebook in tree order (parents before children, siblings by sort order). */
    public List<CodeNode> tree() {
        return tree(jdbi.withExtension(CodingDao.class, CodingDao::countsByCode));
    }

    private List<CodeNode> tree(Map<UUID, Integer> counts) {
        List<Code> all = jdbi.withExtension(CodeDao.class, CodeDao::listAll);
        Map<UUID, List<Code>> children = new HashMap<>();
        for (Code c : all) {
            children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
        }
        children.values().forEach(list -> list.sort(Comparator.comparingInt(Code::sortOrder).thenComparing(Code::name)));
        List<CodeNode> out = new ArrayList<>();
        walk(children, null, "", 0, counts, out);
        return out;
    }

    public Code find(UUID id) {
        return jdbi.withExtension(CodeDao.class, dao -> dao.find(id)).orElseThrow(() -> new UserException("code.error.gone", id));
    }

    public Code resolve(String ref) {
        String wanted = ref == null ? "" : ref.strip();
        try {
            UUID id = UUID.fromString(wanted);
            var byId = jdbi.withExtension(CodeDao.class, dao -> dao.find(id));
            if (byId.isPresent()) {
                return byId.get();
            }
        } catch (IllegalArgumentException notAnId) {
            // a path or a name
        }
        List<CodeNode> nodes = tree(Map.of()); // paths and names only: counting codings would scan them all
        List<Code> byPath = nodes.stream().filter(n -> n.path().equalsIgnoreCase(wanted)).map(CodeNode::code).toList();
        if (byPath.size() == 1) {
            return byPath.get(0);
        }
        List<Code> byName = nodes.stream().filter(n -> n.code().name().equalsIgnoreCase(wanted)).map(CodeNode::code).toList();
        if (byName.size() == 1) {
            return byName.get(0);
        }
        if (byName.isEmpty()) {
            throw new UserException("code.error.unknown", wanted);
        }
        throw new UserException("code.error.ambiguous", wanted);
    }

    private int count() {
        return jdbi.withExtension(CodeDao.class, CodeDao::listAll).size();
    }

    private static void walk(Map<UUID, List<Code>> children, UUID parent, String prefix, int depth,
                             Map<UUID, Integer> counts, List<CodeNode> out) {
        for (Code c : children.getOrDefault(parent, List.of())) {
            String path = prefix.isEmpty() ? c.name() : prefix + CodeNode.PATH_SEPARATOR + c.name();
            out.add(new CodeNode(c, path, depth, counts.getOrDefault(c.id(), 0)));
            walk(children, c.id(), path, depth + 1, counts, out);
        }
    }
}
