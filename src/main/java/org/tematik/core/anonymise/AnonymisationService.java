package org.tematik.core.anonymise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.tematik.core.history.CommandStack;
import org.tematik.core.project.ProjectKey;
import org.tematik.core.source.Source;
import org.tematik.core.source.SourceService;
import org.tematik.core.storage.SourceVersionDao;
import org.tematik.core.util.UserException;

/**
 * Replaces participants' names and places by pseudonyms, in a new version of each source: a preview
 * first (counts per entry and source, nothing changed), then one undoable, audited command. The mapping
 * is sealed (see {@link MappingVault}); earlier versions stay readable for the project's owner.
 */
public final class AnonymisationService {
    private static final Set<String> VERSION_ACTIONS = Set.of(Anonymise.ACTION, RevertAnonymisation.ACTION);

    /** The matches in one source and how often each entry of the table was found there. */
    public record SourcePreview(UUID sourceId, String sourceName, int version, List<NameMatcher.Match> matches, int[] counts) {
        public int total() {
            return matches.size();
        }
    }

    /** What {@link #apply} would do; {@code table} holds the real names, so it is only shown, never stored in clear. */
    public record Preview(List<PseudonymEntry> table, boolean ignoreCase, List<SourcePreview> sources) {
        public int total() {
            return sources.stream().mapToInt(SourcePreview::total).sum();
        }

        /** How many of the sources contain at least one name of the table. */
        public int sourcesWithNames() {
            return (int) sources.stream().filter(s -> s.total() > 0).count();
        }
    }

    /** A stored mapping without its content: when, by whom, how many entries, and whether it needs a passphrase. */
    public record MappingInfo(UUID id, java.time.Instant createdAt, String createdBy, int entries, boolean passphraseSealed) {
    }

    private final Jdbi jdbi;
    private final CommandStack stack;
    private final String coder;
    private final SourceService sources;
    private final MappingVault vault;

    public AnonymisationService(Jdbi jdbi, CommandStack stack, String coder, SourceService sources, ProjectKey key) {
        this.jdbi = jdbi;
        this.stack = stack;
        this.coder = coder;
        this.sources = sources;
        this.vault = new MappingVault(key);
        // cached texts and structures are stale once a version changes, whoever's undo or redo did it
        stack.addListener(applied -> {
            if (VERSION_ACTIONS.contains(applied.change().action())) {
                sources.forgetCached();
            }
        });
    }

    /** True in a plain project: the mapping is then sealed with a passphrase the user gives. */
    public boolean needsPassphrase() {
        return vault.needsPassphrase();
    }

    /** Finds the table's names in the sources (all active sources when {@code sourceIds} is empty); changes nothing. */
    public Preview preview(List<PseudonymEntry> table, List<UUID> sourceIds, boolean ignoreCase) {
        NameMatcher matcher = new NameMatcher(table, ignoreCase);
        List<Source> chosen = sourceIds.isEmpty() ? sources.list()
                : sourceIds.stream().map(id -> sources.resolve(id.toString())).toList();
        Map<UUID, Integer> versions = jdbi.withExtension(SourceVersionDao.class, SourceVersionDao::activeVersions);
        List<SourcePreview> out = new ArrayList<>();
        for (Source s : chosen) {
            List<NameMatcher.Match> matches = matcher.find(sources.codePoints(s.id()));
            int[] counts = new int[table.size()];
            matches.forEach(m -> counts[m.entry()]++);
            out.add(new SourcePreview(s.id(), s.name(), versions.getOrDefault(s.id(), 1), matches, counts));
        }
        return new Preview(List.copyOf(table), ignoreCase, out);
    }

    /**
     * Applies a preview as one command and returns the new mapping's id. {@code passphrase} seals the mapping
     * in a plain project (ignored in an encrypted one, which uses the project key).
     */
    public UUID apply(Preview preview, char[] passphrase) {
        List<Anonymise.SourceEdit> edits = new ArrayList<>();
        for (SourcePreview s : preview.sources()) {
            if (s.matches().isEmpty()) {
                continue;
            }
            List<Anonymise.Replacement> replacements = s.matches().stream()
                    .map(m -> new Anonymise.Replacement(m.start(), m.end(), preview.table().get(m.entry()).pseudonym()))
                    .toList();
            edits.add(new Anonymise.SourceEdit(s.sourceId(), s.version(), replacements));
        }
        if (edits.isEmpty()) {
            throw new UserException("anonymise.error.nothing");
        }
        MappingVault.Sealed sealed = vault.seal(new MappingVault.Content(preview.table(), preview.ignoreCase()), passphrase);
        UUID id = UUID.randomUUID();
        stack.execute(new Anonymise(id, preview.table().size(), sealed.salt(), sealed.sealed(), edits), coder);
        return id;
    }

    public List<MappingInfo> mappings() {
        return jdbi.withExtension(SourceVersionDao.class, SourceVersionDao::mappings).stream()
                .map(m -> new MappingInfo(m.id(), m.createdAt(), m.createdBy(), m.entryCount(), m.salt() != null))
                .toList();
    }

    /** The table of a stored mapping, unsealed: the project key, or the passphrase it was sealed with. */
    public List<PseudonymEntry> mapping(UUID id, char[] passphrase) {
        SourceVersionDao.Mapping m = jdbi.withExtension(SourceVersionDao.class, SourceVersionDao::mappings).stream()
                .filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new UserException("anonymise.error.noMapping", id));
        return vault.open(new MappingVault.Sealed(m.salt(), m.sealed()), passphrase).entries();
    }

    /** The current version number of a source (1 until it is first anonymised). */
    public int version(UUID sourceId) {
        return jdbi.withExtension(SourceVersionDao.class, dao -> dao.version(sourceId)).orElse(1);
    }

    /** The earlier versions of a source, oldest first. */
    public List<SourceVersionDao.Listed> versions(UUID sourceId) {
        return jdbi.withExtension(SourceVersionDao.class, dao -> dao.list(sourceId));
    }

    /** The text of an earlier version, for the owner's audit of what was replaced. */
    public String versionText(UUID sourceId, int version) {
        return jdbi.withExtension(SourceVersionDao.class, dao -> dao.find(sourceId, version))
                .map(SourceVersionDao.Stored::content)
                .orElseThrow(() -> new UserException("anonymise.error.noVersion", version));
    }
}
