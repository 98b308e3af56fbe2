package org.tematik.core.anonymise;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.source.Source;
import org.tematik.core.source.SourceStructure;
import org.tematik.core.storage.SourceDao;
import org.tematik.core.storage.SourceVersionDao;
import org.tematik.core.util.CodePoints;
import org.tematik.core.util.Json;
import org.tematik.core.util.UserException;

/**
 * Replaces names by pseudonyms in a new version of each source, in one step: the current text and its
 * structure move to source_versions, codings move with the text (see {@link Splice}), and the sealed
 * mapping is stored. The command holds positions and pseudonyms only, never a real name; so do its audit
 * event (mapping id, counts, coding moves) and the undo entry.
 */
@JsonTypeName("source.anonymise")
public record Anonymise(UUID mappingId, int entryCount, String salt, String sealed, List<SourceEdit> edits) implements Command {

    /** [start, end) of the current text, in code points, becomes {@code pseudonym}. */
    public record Replacement(int start, int end, String pseudonym) {
    }

    /** The replacements in one source, sorted and not overlapping, found in version {@code fromVersion}. */
    public record SourceEdit(UUID sourceId, int fromVersion, List<Replacement> replacements) {
    }

    public static final String ACTION = "source.anonymise";

    @Override
    public Change apply(ChangeContext ctx) {
        SourceVersionDao versions = ctx.dao(SourceVersionDao.class);
        SourceDao sources = ctx.dao(SourceDao.class);
        if (versions.mappings().stream().noneMatch(m -> m.id().equals(mappingId))) {
            versions.insertMapping(mappingId, ctx.now(), ctx.coderId(), entryCount, salt, sealed);
        }
        List<Map<String, Object>> moved = new ArrayList<>();
        List<Map<String, Object>> changed = new ArrayList<>();
        List<RevertAnonymisation.SourceRevert> reverts = new ArrayList<>();
        int total = 0;
        for (SourceEdit edit : edits) {
            UUID id = edit.sourceId();
            Source source = sources.findActive(id).orElseThrow(() -> new UserException("source.error.gone", id));
            int version = versions.version(id).orElse(1);
            if (version != edit.fromVersion()) {
                throw new UserException("anonymise.error.changed", source.name());
            }
            String old = sources.contentOf(id);
            CodePoints text = new CodePoints(old);
            StringBuilder next = new StringBuilder(old.length());
            List<Splice.Span> spans = new ArrayList<>();
            int pos = 0;
            for (Replacement r : edit.replacements()) {
                if (r.start() < pos || r.end() <= r.start() || r.end() > text.length() || r.pseudonym().isEmpty()) {
                    throw new UserException("anonymise.error.changed", source.name());
                }
                next.append(text.substring(pos, r.start())).append(r.pseudonym());
                spans.add(new Splice.Span(r.start(), r.end(), CodePoints.count(r.pseudonym())));
                pos = r.end();
            }
            next.append(text.substring(pos, text.length()));
            String newText = next.toString();
            Splice splice = new Splice(spans);
            SourceStructure structure = VersionEdits.structure(ctx, id);
            versions.archive(id, version, old, text.length(), Json.write(structure), ctx.now(), ctx.coderId(), mappingId);
            versions.setText(id, newText);
            versions.setCurrent(id, version + 1, CodePoints.count(newText));
            VersionEdits.replaceStructure(ctx, id, VersionEdits.shifted(structure, splice));
            List<CodingSpan> before = VersionEdits.moveCodings(ctx, id,
                    c -> new CodingSpan(c.id(), splice.start(c.start()), splice.end(c.end())), moved);
            reverts.add(new RevertAnonymisation.SourceRevert(id, version, splice.inverse().spans(), before));
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("source", id);
            one.put("version", version + 1);
            one.put("replacements", spans.size());
            changed.add(one);
            total += spans.size();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("mapping", mappingId);
        after.put("entries", entryCount);
        after.put("sources", changed);
        after.put("moved", moved);
        String summary = "Anonymised " + edits.size() + (edits.size() == 1 ? " source" : " sources") + " with pseudonym mapping "
                + mappingId.toString().substring(0, 8) + " (" + total + (total == 1 ? " replacement)" : " replacements)");
        return new Change(ACTION, "mapping", mappingId.toString(), summary, null, after, new RevertAnonymisation(mappingId, reverts));
    }
}
