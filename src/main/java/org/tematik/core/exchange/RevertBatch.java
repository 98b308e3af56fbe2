package org.tematik.core.exchange;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.UUID;
import org.tematik.core.casebook.Case;
import org.tematik.core.codebook.Code;
import org.tematik.core.coding.Coding;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.memo.Memo;
import org.tematik.core.storage.ExchangeDao;
import org.tematik.core.util.UserException;

/**
 * Takes back exactly the rows an {@link ApplyBatch} added (the undo of an import or a merge). Refused when
 * later work codes the batch's sources or codes: that work would be lost, and undo must lose nothing.
 */
@JsonTypeName("exchange.revert")
public record RevertBatch(String action, String label, ExchangeBatch batch) implements Command {
    private static final int CHUNK = 1000;

    @Override
    public Change apply(ChangeContext ctx) {
        ExchangeDao dao = ctx.dao(ExchangeDao.class);
        UUID none = new UUID(0, 0);
        List<UUID> codingIds = batch.codings().stream().map(Coding::id).toList();
        List<UUID> sourceIds = batch.sourceIds();
        List<UUID> codeIds = batch.codes().stream().map(Code::id).toList();
        for (int i = 0; i < codingIds.size(); i += CHUNK) {
            dao.deleteCodings(codingIds.subList(i, Math.min(codingIds.size(), i + CHUNK)));
        }
        if (dao.countCodingsOn(ApplyBatch.orNone(sourceIds, none), ApplyBatch.orNone(codeIds, none)) > 0) {
            // the transaction is rolled back, so the deletions above do not happen either
            throw new UserException("exchange.error.revertUsed", label);
        }
        List<UUID> memoIds = batch.memos().stream().map(Memo::id).toList();
        for (int i = 0; i < memoIds.size(); i += CHUNK) {
            dao.deleteMemos(memoIds.subList(i, Math.min(memoIds.size(), i + CHUNK)));
        }
        batch.values().forEach(v -> dao.deleteValue(v.attributeId(), v.ownerId()));
        batch.caseSources().forEach(cs -> dao.deleteCaseSource(cs.caseId(), cs.sourceId()));
        if (!batch.cases().isEmpty()) {
            dao.deleteCases(batch.cases().stream().map(Case::id).toList());
        }
        if (!batch.attributes().isEmpty()) {
            dao.deleteAttributes(batch.attributes().stream().map(ExchangeDao.AttributeRow::id).toList());
        }
        if (!sourceIds.isEmpty()) {
            dao.deleteParagraphs(sourceIds);
            dao.deleteSources(sourceIds);
        }
        for (int i = codeIds.size() - 1; i >= 0; i--) { // children first: the parent reference must hold
            dao.deleteCode(codeIds.get(i));
        }
        return new Change(action + ".revert", "project", null, "Took back " + (action.equals("project.merge")
                ? "the merge of '" : "the import of '") + label + "'", ApplyBatch.counts(batch), steps(codingIds, codeIds, sourceIds),
                new ApplyBatch(action, label, batch));
    }

    /** What was taken back, as the audit's steps: codings removed, codes deleted, sources removed. */
    private static java.util.Map<String, Object> steps(List<UUID> codings, List<UUID> codes, List<UUID> sources) {
        List<Object> steps = new java.util.ArrayList<>();
        codings.forEach(id -> steps.add(ApplyBatch.step("coding.remove", id, null, null)));
        if (!codes.isEmpty()) {
            steps.add(ApplyBatch.step("code.delete", codes.get(0), java.util.Map.of("codeIds", codes, "codingIds", List.of()), null));
        }
        sources.forEach(id -> steps.add(ApplyBatch.step("source.remove", id, null, java.util.Map.of("removed", true))));
        return java.util.Map.of("steps", steps);
    }
}
