package org.tematik.core.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tematik.core.i18n.Messages;

/**
 * What an import or merge could not carry over (losses, counted by kind), what it had to guess (notes),
 * and, for a merge, the conflicts it left for the user. Keys are message keys; nothing here is silent.
 */
public final class ExchangeReport {
    /** A merge conflict: a message key and its arguments. */
    public record Conflict(String key, List<Object> args) {
        public String message() {
            return Messages.tr(key, args.toArray());
        }
    }

    private final Map<String, Integer> losses = new LinkedHashMap<>();
    private final Map<String, Integer> notes = new LinkedHashMap<>();
    private final List<Conflict> conflicts = new ArrayList<>();
    private final Map<String, Integer> added = new LinkedHashMap<>();

    void lose(String key) {
        losses.merge(key, 1, Integer::sum);
    }

    void note(String key) {
        notes.merge(key, 1, Integer::sum);
    }

    void conflict(String key, Object... args) {
        conflicts.add(new Conflict(key, List.of(args)));
    }

    void added(ExchangeBatch batch) {
        added.put("codes", batch.codes().size());
        added.put("sources", batch.sources().size());
        added.put("codings", batch.codings().size());
        added.put("memos", batch.memos().size());
        added.put("cases", batch.cases().size());
    }

    public Map<String, Integer> losses() {
        return losses;
    }

    public Map<String, Integer> notes() {
        return notes;
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }

    /** How many codes, sources, codings, memos and cases went in. */
    public Map<String, Integer> added() {
        return added;
    }

    public int addedCount(String kind) {
        return added.getOrDefault(kind, 0);
    }

    /** Each loss and note as one translated sentence (message keys take the count as {0}). */
    public List<String> lossLines() {
        return lines(losses);
    }

    public List<String> noteLines() {
        return lines(notes);
    }

    /** The whole report as lines for a person: losses, adjustments and (for a merge) conflicts. */
    public List<String> describe(boolean merge) {
        List<String> out = new ArrayList<>();
        if (losses.isEmpty()) {
            out.add(Messages.tr("exchange.report.noLoss"));
        } else {
            out.add(Messages.tr("exchange.report.lossHeader"));
            lossLines().forEach(l -> out.add("  - " + l));
        }
        if (!notes.isEmpty()) {
            out.add(Messages.tr("exchange.report.notesHeader"));
            noteLines().forEach(l -> out.add("  - " + l));
        }
        if (merge) {
            if (conflicts.isEmpty()) {
                out.add(Messages.tr("exchange.report.noConflicts"));
            } else {
                out.add(Messages.tr("exchange.report.conflictsHeader"));
                conflicts.forEach(c -> out.add("  - " + c.message()));
            }
        }
        return out;
    }

    private static List<String> lines(Map<String, Integer> counts) {
        List<String> out = new ArrayList<>();
        counts.forEach((key, n) -> out.add(Messages.tr(key, n)));
        return out;
    }
}
