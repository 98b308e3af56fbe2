package org.tematik.core.exchange;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tematik.core.codebook.Code;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.storage.CaseDao;
import org.tematik.core.storage.CodeDao;
import org.tematik.core.storage.CoderDao;
import org.tematik.core.storage.ExchangeDao;
import org.tematik.core.storage.SourceDao;
import org.tematik.core.storage.StructureDao;

/**
 * Adds everything a REFI-QDA import or a merge brings in, as one change: one audit event and one undo
 * entry for the lot ({@code action} is "project.import" or "project.merge"; {@code label} names the file
 * or project it came from). Rows keep their own authors and times; only the event is the current coder's.
 */
@JsonTypeName("exchange.apply")
public record ApplyBatch(String action, String label, ExchangeBatch batch) implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        CoderDao coderDao = ctx.dao(CoderDao.class);
        for (ExchangeDao.CoderRow c : batch.coders()) {
            if (coderDao.findId(c.name()).isEmpty()) {
                boolean idTaken = ctx.dao(ExchangeDao.class).coders().stream().anyMatch(r -> r.id().equals(c.id()));
                coderDao.insert(idTaken ? UUID.randomUUID() : c.id(), c.name(), ctx.now());
            }
        }
        Map<String, UUID> coderIds = new HashMap<>();
        CodeDao codes = ctx.dao(CodeDao.class);
        for (Code code : batch.codes()) {
            codes.insert(code, coderIds.computeIfAbsent(code.createdBy(), ctx::coderId));
        }
        SourceDao sources = ctx.dao(SourceDao.class);
        StructureDao structure = ctx.dao(StructureDao.class);
        for (ExchangeBatch.NewSource s : batch.sources()) {
            sources.insert(s.source(), s.content(), coderIds.computeIfAbsent(s.source().importedBy(), ctx::coderId));
            structure.insertParagraphs(s.source().id(), s.paragraphs());
        }
        CaseDao cases = ctx.dao(CaseDao.class);
        batch.cases().forEach(c -> cases.insert(c.id(), c.name(), c.description(), c.createdAt()));
        ExchangeDao dao = ctx.dao(ExchangeDao.class);
        dao.insertAttributes(batch.attributes());
        dao.insertValues(batch.values());
        dao.insertCaseSources(batch.caseSources());
        dao.insertCodings(batch.codings(),
                batch.codings().stream().map(c -> coderIds.computeIfAbsent(c.coder(), ctx::coderId)).toList());
        dao.insertMemos(batch.memos(), batch.memos().stream().map(m -> coderIds.computeIfAbsent(m.coder(), ctx::coderId)).toList());
        Map<String, Object> after = counts(batch);
        after.put("steps", steps(batch));
        return new Change(action, "project", null, summary(), null, after, new RevertBatch(action, label, batch));
    }

    private String summary() {
        String what = "project.merge".equals(action) ? "Merged" : "Imported";
        return what + " '" + label + "': " + batch.codes().size() + " codes, " + batch.sources().size() + " sources, "
                + batch.codings().size() + " codings, " + batch.memos().size() + " memos, " + batch.cases().size() + " cases";
    }

    static Map<String, Object> counts(ExchangeBatch batch) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("codes", batch.codes().size());
        m.put("sources", batch.sources().size());
        m.put("codings", batch.codings().size());
        m.put("memos", batch.memos().size());
        m.put("cases", batch.cases().size());
        m.put("attributes", batch.attributes().size());
        m.put("values", batch.values().size());
        m.put("caseSources", batch.caseSources().size());
        m.put("coders", batch.coders().stream().map(ExchangeDao.CoderRow::name).toList());
        m.put("sourceIds", batch.sourceIds());
        return m;
    }

    /**
     * The batch as the single changes it is made of ({action, entityId, before, after}, the audit's "steps"
     * of a composite command), so a replay of the trail sees every code, source and coding it added.
     */
    static List<Map<String, Object>> steps(ExchangeBatch batch) {
        List<Map<String, Object>> steps = new java.util.ArrayList<>();
        Map<UUID, String> codeNames = new HashMap<>();
        for (Code c : batch.codes()) {
            codeNames.put(c.id(), c.name());
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("id", c.id());
            after.put("parentId", c.parentId());
            after.put("name", c.name());
            after.put("definition", c.definition());
            after.put("color", c.color());
            steps.add(step("code.create", c.id(), null, after));
        }
        Map<UUID, String> sourceNames = new HashMap<>();
        for (ExchangeBatch.NewSource s : batch.sources()) {
            sourceNames.put(s.source().id(), s.source().name());
            steps.add(step("source.import", s.source().id(), null, Map.of("name", s.source().name(), "sha256", s.source().sha256())));
        }
        for (var g : batch.codings()) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("source", g.sourceId());
            after.put("sourceName", sourceNames.get(g.sourceId()));
            after.put("code", g.codeId());
            after.put("codeName", codeNames.get(g.codeId()));
            after.put("start", g.start());
            after.put("end", g.end());
            after.put("coder", g.coder());
            steps.add(step("coding.add", g.id(), null, after));
        }
        return steps;
    }

    static Map<String, Object> step(String action, UUID id, Object before, Object after) {
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("action", action);
        step.put("entityId", id == null ? null : id.toString());
        step.put("before", before);
        step.put("after", after);
        return step;
    }

    static <T> List<T> orNone(List<T> ids, T none) {
        return ids.isEmpty() ? List.of(none) : ids; // IN () is not SQL
    }
}
