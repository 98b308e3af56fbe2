package org.tematik.core.theme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.tematik.core.codebook.Code;
import org.tematik.core.codebook.CodebookService;
import org.tematik.core.coding.CodingService;
import org.tematik.core.coding.CodingView;
import org.tematik.core.history.CommandStack;
import org.tematik.core.storage.ThemeDao;
import org.tematik.core.util.UserException;

/**
 * Candidate themes and the map drawn from them. Reads go straight to the tables; every change is a command
 * on the stack (audited, undoable). A theme's evidence is the codings of its own codes and of its sub-themes'.
 */
public final class ThemeService {
    private final Jdbi jdbi;
    private final CommandStack stack;
    private final String coder;
    private final CodebookService codebook;
    private final CodingService codings;

    public ThemeService(Jdbi jdbi, CommandStack stack, String coder, CodebookService codebook, CodingService codings) {
        this.jdbi = jdbi;
        this.stack = stack;
        this.coder = coder;
        this.codebook = codebook;
        this.codings = codings;
    }

    /**
     * Phase 4, reviewing a theme against the data: every coded extract of its codes (and its sub-themes'), in
     * active sources, by code, source and position; the view groups them by code or by source.
     */
    public List<CodingView> extracts(UUID themeId) {
        Set<UUID> codes = membership().subtreeCodes(themeId);
        return codings.list(null, null).stream().filter(c -> codes.contains(c.coding().codeId()))
                .sorted(java.util.Comparator.comparing((CodingView c) -> c.codeName(), String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(CodingView::sourceName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparingInt(c -> c.coding().start()))
                .toList();
    }

    public List<Theme> list() {
        return jdbi.withExtension(ThemeDao.class, ThemeDao::list);
    }

    public Theme find(UUID id) {
        return jdbi.withExtension(ThemeDao.class, dao -> ThemeRules.require(dao, id));
    }

    /** A theme by id or by name (ignoring case). */
    public Theme resolve(String ref) {
        String wanted = ref == null ? "" : ref.strip();
        return list().stream()
                .filter(t -> t.name().equalsIgnoreCase(wanted) || t.id().toString().equalsIgnoreCase(wanted))
                .findFirst().orElseThrow(() -> new UserException("theme.error.unknown", wanted));
    }

    public Theme add(String name, List<String> codeRefs, String definition, UUID parentId) {
        List<UUID> codes = codeRefs.stream().map(r -> codebook.resolve(r).id()).toList();
        CreateTheme create = CreateTheme.fresh(parentId, name, definition, codes);
        stack.execute(create, coder);
        return find(create.id());
    }

    public Theme setStatus(String ref, String status) {
        Theme theme = resolve(ref);
        String next = ThemeStatus.parse(status).id();
        if (!next.equals(theme.status())) {
            stack.execute(new SetThemeStatus(theme.id(), next), coder);
        }
        return find(theme.id());
    }

    public void promote(UUID id) {
        step(id, true);
    }

    public void demote(UUID id) {
        step(id, false);
    }

    private void step(UUID id, boolean up) {
        ThemeStatus now = ThemeStatus.parse(find(id).status());
        ThemeStatus next = up ? now.promoted() : now.demoted();
        if (next != now) {
            stack.execute(new SetThemeStatus(id, next.id()), coder);
        }
    }

    /** Renames and/or redefines; nothing is written when neither changed (no empty audit events). */
    public void edit(UUID id, String name, String definition) {
        Theme t = find(id);
        String def = ThemeRules.cleanDefinition(definition);
        if (!t.name().equals(name == null ? null : name.strip()) || !java.util.Objects.equals(t.definition(), def)) {
            stack.execute(new EditTheme(id, name, definition), coder);
        }
    }

    public void addCodes(UUID themeId, List<UUID> codeIds) {
        stack.execute(new AddThemeCodes(themeId, codeIds), coder);
    }

    public void removeCodes(UUID themeId, List<UUID> codeIds) {
        stack.execute(new RemoveThemeCodes(themeId, codeIds), coder);
    }

    public UUID split(UUID themeId, String newName, List<UUID> codeIds) {
        UUID id = UUID.randomUUID();
        stack.execute(new SplitTheme(themeId, id, newName, codeIds), coder);
        return id;
    }

    public void merge(UUID fromId, UUID intoId) {
        stack.execute(new MergeThemes(fromId, intoId), coder);
    }

    public void delete(UUID id) {
        stack.execute(new DeleteTheme(id), coder);
    }

    /** The codes directly under a theme, in codebook order. */
    public List<Code> codesOf(UUID themeId) {
        Set<UUID> ids = new HashSet<>(jdbi.withExtension(ThemeDao.class, dao -> dao.codesOf(themeId)));
        return codebook.tree().stream().map(n -> n.code()).filter(c -> ids.contains(c.id())).toList();
    }

    /** Every theme with its counts, in name order. */
    public List<ThemeSummary> summaries() {
        Membership m = membership();
        Map<UUID, String> names = new HashMap<>();
        codebook.tree().forEach(n -> names.put(n.code().id(), n.code().name()));
        List<ThemeDao.Evidence> evidence = m.allCodes().isEmpty() ? List.of()
                : jdbi.withExtension(ThemeDao.class, dao -> dao.evidence(new ArrayList<>(m.allCodes())));
        List<ThemeSummary> out = new ArrayList<>();
        for (Theme t : m.themes()) {
            Set<UUID> codes = m.subtreeCodes(t.id());
            int segments = 0;
            Set<UUID> sources = new HashSet<>();
            Set<UUID> coders = new HashSet<>();
            for (ThemeDao.Evidence e : evidence) {
                if (codes.contains(e.codeId())) {
                    segments += e.segments();
                    sources.add(e.sourceId());
                    coders.add(e.coderId());
                }
            }
            List<String> codeNames = codes.stream().filter(names::containsKey).map(names::get)
                    .sorted(String.CASE_INSENSITIVE_ORDER).toList();
            out.add(new ThemeSummary(t, codeNames, segments, sources.size(), coders.size()));
        }
        return out;
    }

    /** Which codes each theme holds, directly and through its sub-themes (codes deleted since are left out). */
    public Membership membership() {
        return jdbi.withExtension(ThemeDao.class, dao -> {
            Set<UUID> live = new HashSet<>();
            codebook.tree().forEach(n -> live.add(n.code().id()));
            Map<UUID, Set<UUID>> direct = new HashMap<>();
            for (ThemeDao.Member mem : dao.members()) {
                if (live.contains(mem.codeId())) {
                    direct.computeIfAbsent(mem.themeId(), k -> new LinkedHashSet<>()).add(mem.codeId());
                }
            }
            return new Membership(dao.list(), direct);
        });
    }

    public List<MapLink> links() {
        return jdbi.withExtension(ThemeDao.class, ThemeDao::links);
    }

    public UUID addLink(String fromKind, UUID fromId, String toKind, UUID toId, String kind, String label) {
        MapLink link = new MapLink(UUID.randomUUID(), fromKind, fromId, toKind, toId, kind, label);
        stack.execute(new AddMapLink(link), coder);
        return link.id();
    }

    public void removeLink(UUID id) {
        stack.execute(new RemoveMapLink(id), coder);
    }

    public List<Placement> positions() {
        return jdbi.withExtension(ThemeDao.class, ThemeDao::positions);
    }

    public void place(List<Placement> placements) {
        if (!placements.isEmpty()) {
            stack.execute(new PlaceNodes(placements), coder);
        }
    }

    /** Forgets every saved position, so the automatic layout places the whole map again. */
    public void resetLayout() {
        place(positions().stream().map(p -> new Placement(p.kind(), p.id(), null, null)).toList());
    }

    /** The themes and the codes directly under each. */
    public record Membership(List<Theme> themes, Map<UUID, Set<UUID>> direct) {
        public Set<UUID> codesOf(UUID themeId) {
            return direct.getOrDefault(themeId, Set.of());
        }

        public Set<UUID> subtreeCodes(UUID themeId) {
            Set<UUID> out = new LinkedHashSet<>(codesOf(themeId));
            for (Theme t : themes) {
                if (themeId.equals(t.parentId())) {
                    out.addAll(subtreeCodes(t.id()));
                }
            }
            return out;
        }

        public Set<UUID> allCodes() {
            Set<UUID> out = new LinkedHashSet<>();
            direct.values().forEach(out::addAll);
            return out;
        }
    }
}
