package org.tematik.core.agreement;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tematik.core.coding.AddCoding;
import org.tematik.core.coding.BatchCoding;
import org.tematik.core.coding.Coding;
import org.tematik.core.coding.RemoveCoding;
import org.tematik.core.history.Change;
import org.tematik.core.history.ChangeContext;
import org.tematik.core.history.Command;
import org.tematik.core.storage.CodeDao;
import org.tematik.core.storage.CodingDao;
import org.tematik.core.storage.SourceDao;
import org.tematik.core.util.UserException;

/**
 * Resolves a disagreement by adopting one coder's version: within the unit [start, end) of the source,
 * each of {@code toCoders}' codings with the code become copies of {@code fromCoder}'s. The copies are
 * theirs (they now hold that version); the audit event records who resolved it and whose coding was
 * adopted. One undo restores every coder's codings as they were.
 */
@JsonTypeName("agreement.adopt")
public record AdoptCodings(UUID sourceId, UUID codeId, int start, int end, String fromCoder, List<String> toCoders)
        implements Command {

    @Override
    public Change apply(ChangeContext ctx) {
        if (toCoders.isEmpty() || toCoders.contains(fromCoder)) {
            throw new UserException("agreement.error.adoptSelf", fromCoder);
        }
        String sourceName = ctx.dao(SourceDao.class).find(sourceId)
                .orElseThrow(() -> new UserException("source.error.gone", sourceId)).name();
        String codeName = ctx.dao(CodeDao.class).find(codeId)
                .orElseThrow(() -> new UserException("code.error.gone", codeId)).name();
        List<Coding> inUnit = ctx.dao(CodingDao.class).forSource(sourceId).stream()
                .filter(c -> c.codeId().equals(codeId) && c.start() < end && c.end() > start).toList();
        List<Coding> adopted = inUnit.stream().filter(c -> c.coder().equals(fromCoder)).toList();
        List<Command> undo = new ArrayList<>();
        List<Map<String, Object>> steps = new ArrayList<>();
        for (String toCoder : toCoders) {
            List<Coding> replaced = inUnit.stream().filter(c -> c.coder().equals(toCoder)).toList();
            replace(ctx, adopted, replaced, toCoder, undo, steps);
        }
        if (undo.isEmpty()) {
            throw new UserException("agreement.error.nothingToAdopt", fromCoder, String.join(", ", toCoders), codeName);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("source", sourceId);
        after.put("sourceName", sourceName);
        after.put("code", codeId);
        after.put("codeName", codeName);
        after.put("unit", List.of(start, end));
        after.put("adoptedFrom", fromCoder);
        after.put("appliedTo", toCoders);
        after.put("steps", steps);
        return new Change("agreement.adopt", "disagreement", sourceId.toString(),
                "Adopted " + fromCoder + "'s coding of '" + codeName + "' in '" + sourceName + "' (" + start + "-" + end
                        + ") for " + String.join(", ", toCoders),
                null, after, new BatchCoding("Undid the adoption of " + fromCoder + "'s coding of '" + codeName + "'", codeId,
                        null, undo));
    }

    /** Makes one coder's codings in the unit equal to the adopted ones; spans both already have stay untouched. */
    private void replace(ChangeContext ctx, List<Coding> adopted, List<Coding> replaced, String toCoder, List<Command> undo,
                         List<Map<String, Object>> steps) {
        for (Coding c : replaced) {
            if (adopted.stream().noneMatch(a -> sameSpan(a, c))) {
                record(new RemoveCoding(c.id()).apply(ctx), undo, steps);
            }
        }
        for (Coding a : adopted) {
            if (replaced.stream().noneMatch(c -> sameSpan(a, c))) {
                record(new AddCoding(UUID.randomUUID(), sourceId, codeId, a.start(), a.end(), null, toCoder, null).apply(ctx),
                        undo, steps);
            }
        }
    }

    private static void record(Change change, List<Command> undo, List<Map<String, Object>> steps) {
        undo.add(0, change.inverse());
        steps.add(change.asStep());
    }

    private static boolean sameSpan(Coding a, Coding b) {
        return a.start() == b.start() && a.end() == b.end();
    }
}
