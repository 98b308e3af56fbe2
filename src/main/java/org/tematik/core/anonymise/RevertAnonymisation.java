package org.tematik.core.anonymise;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Undoes {@link Anonymise}: the previous version becomes current again with its own structure, codings
 * return to the spans they had (codings made since are mapped back), and the mapping is dropped. Its own
 * inverse is the same anonymisation, rebuilt from the pseudonyms in the text, so redo needs no real name.
 */
@JsonTypeName("source.deanonymise")
public record RevertAnonymisation(UUID mappingId, List<SourceRevert> sources) implements Command {

    /** {@code inverse}: the pseudonyms' spans in the current text with the lengths of the names they replaced. */
    public record SourceRevert(UUID sourceId, int toVersion, List<Splice.Span> inverse, List<CodingSpan> codings) {
    }

    public static final String ACTION = "source.deanonymise";

    @Override
    public Change apply(ChangeContext ctx) {
        SourceVersionDao versions = ctx.dao(SourceVersionDao.class);
        SourceDao sourceDao = ctx.dao(SourceDao.class);
        SourceVersionDao.Mapping mapping = versions.mappings().stream().filter(m -> m.id().equals(mappingId)).findFirst()
                .orElseThrow(() -> new UserException("anonymise.error.noMapping", mappingId));
        List<Map<String, Object>> moved = new ArrayList<>();
        List<Anonymise.SourceEdit> redo = new ArrayList<>();
        for (SourceRevert s : sources) {
            UUID id = s.sourceId();
            Source source = sourceDao.find(id).orElseThrow(() -> new UserException("source.error.gone", id));
            SourceVersionDao.Stored previous = versions.find(id, s.toVersion()).orElse(null);
            if (previous == null || versions.version(id).orElse(1) != s.toVersion() + 1) {
                throw new UserException("anonymise.error.changed", source.name());
            }
            CodePoints current = new CodePoints(sourceDao.contentOf(id));
            Splice back = new Splice(s.inverse());
            List<Anonymise.Replacement> replacements = new ArrayList<>();
            Splice forward = back.inverse();
            for (int i = 0; i < s.inverse().size(); i++) {
                Splice.Span pseudonym = s.inverse().get(i);
                Splice.Span name = forward.spans().get(i);
                replacements.add(new Anonymise.Replacement(name.start(), name.end(),
                        current.substring(pseudonym.start(), pseudonym.end())));
            }
            redo.add(new Anonymise.SourceEdit(id, s.toVersion(), replacements));
            versions.setText(id, previous.content());
            versions.setCurrent(id, s.toVersion(), previous.chars());
            VersionEdits.replaceStructure(ctx, id, Json.read(previous.structure(), SourceStructure.class));
            versions.drop(id, s.toVersion());
            Map<UUID, CodingSpan> was = new HashMap<>();
            s.codings().forEach(c -> was.put(c.coding(), c));
            VersionEdits.moveCodings(ctx, id, c -> was.getOrDefault(c.id(),
                    new CodingSpan(c.id(), back.start(c.start()), back.end(c.end()))), moved);
        }
        versions.dropMapping(mappingId);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("mapping", mappingId);
        after.put("sources", sources.stream().map(s -> Map.of("source", s.sourceId(), "version", s.toVersion())).toList());
        after.put("moved", moved);
        String summary = "Restored the text before pseudonym mapping " + mappingId.toString().substring(0, 8) + " in "
                + sources.size() + (sources.size() == 1 ? " source" : " sources");
        return new Change(ACTION, "mapping", mappingId.toString(), summary, null, after,
                new Anonymise(mappingId, mapping.entryCount(), mapping.salt(), mapping.sealed(), redo));
    }
}
