package org.tematik.core.source;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.storage.SourceDao;
import org.tematik.core.storage.StructureDao;
import org.tematik.core.util.UserException;

/**
 * Adds a source with its text. The name gets " (2)", " (3)"… when another source already has it,
 * so a source can always be named unambiguously. The structure (pages, paragraphs, speaker turns,
 * annotations) is written in the same transaction. Never stored for undo (the inverse is a removal).
 */
@JsonTypeName("source.import")
public record ImportSource(Source source, String content, SourceStructure structure) implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        SourceDao dao = ctx.dao(SourceDao.class);
        dao.findActiveBySha(source.sha256()).ifPresent(existing -> {
            throw new UserException("import.error.duplicate", source.originalName(), existing.name());
        });
        String name = freeName(dao, source.name());
        Source stored = source.withName(name, ctx.now(), ctx.coder());
        dao.insert(stored, content, ctx.coderId());
        storeStructure(ctx.dao(StructureDao.class), stored.id());
        return new Change("source.import", "source", stored.id().toString(),
                "Imported source '" + name + "' (" + stored.chars() + " characters)", null, state(stored),
                new RemoveSource(stored.id()));
    }

    private void storeStructure(StructureDao dao, java.util.UUID id) {
        dao.insertParagraphs(id, structure.paragraphs());
        dao.insertPages(id, structure.pages());
        dao.insertTurns(id, structure.turns());
        dao.insertAnnotations(id, structure.annotations().stream().map(a -> java.util.UUID.randomUUID()).toList(),
                structure.annotations());
    }

    static Map<String, Object> state(Source s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("sha256", s.sha256());
        m.put("chars", s.chars());
        m.put("sourceType", s.sourceType());
        m.put("method", s.method());
        m.put("importer", s.importer());
        m.put("originalName", s.originalName());
        m.put("encoding", s.encoding());
        m.put("pages", s.pageCount());
        m.put("paragraphs", s.paragraphCount());
        return m;
    }

    private static String freeName(SourceDao dao, String wanted) {
        String name = wanted;
        for (int n = 2; !dao.findActiveByName(name).isEmpty(); n++) {
            name = wanted + " (" + n + ")";
        }
        return name;
    }
}
