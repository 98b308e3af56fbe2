package org.tematik.core.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.tematik.core.storage.AuditDao;
import org.tematik.core.storage.AuditStateDao;
import org.tematik.core.storage.AuditStateDao.CodeRow;
import org.tematik.core.storage.AuditStateDao.CodingRow;
import org.tematik.core.storage.AuditStateDao.ReviewRow;
import org.tematik.core.storage.AuditStateDao.SourceRow;

/**
 * Replays the trail and compares the result with the current tables. An intact chain proves the events
 * were not edited; this proves the data was not edited around them (a coding deleted in the H2 shell
 * leaves the chain intact but shows up here).
 */
public final class Reconciler {
    private final Jdbi jdbi;

    public Reconciler(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Every difference, codebook first, then codings, then sources; empty when the project matches its trail. */
    public List<Difference> reconcile() {
        // one snapshot for the events and the tables, so a change committed meanwhile is never a false alarm
        return jdbi.inTransaction(TransactionIsolationLevel.SERIALIZABLE, handle -> {
            TrailReplay replay = new TrailReplay();
            try (Stream<AuditEvent> events = handle.attach(AuditDao.class).streamAll()) {
                events.forEach(replay::apply);
            }
            AuditStateDao state = handle.attach(AuditStateDao.class);
            List<Difference> out = new ArrayList<>();
            compareCodes(replay.codes(), state.codes(), out);
            compareCodings(replay, state.codings(), out);
            compareSources(replay.sources(), state.sources(), out);
            compareReviews(replay.reviews(), state.reviews(), out);
            return out;
        });
    }

    private static void compareCodes(Map<UUID, TrailReplay.Code> expected, List<CodeRow> actual, List<Difference> out) {
        Map<UUID, CodeRow> byId = new HashMap<>();
        actual.forEach(r -> byId.put(r.id(), r));
        for (TrailReplay.Code e : expected.values()) {
            CodeRow r = byId.remove(e.id());
            if (r == null) {
                out.add(new Difference("audit.reconcile.codeMissing", e.name(), e.id().toString(), e.seq()));
            } else if (!e.name().equals(r.name())) {
                out.add(new Difference("audit.reconcile.codeName", e.name(), r.name(), e.seq()));
            } else if (!Objects.equals(e.parentId(), r.parentId())) {
                out.add(new Difference("audit.reconcile.codeParent", e.name(), e.seq()));
            } else if (!Objects.equals(e.definition(), r.definition())) {
                out.add(new Difference("audit.reconcile.codeDefinition", e.name(), e.seq()));
            }
        }
        byId.values().forEach(r -> out.add(new Difference("audit.reconcile.codeExtra", r.name(), r.id().toString())));
    }

    private static void compareCodings(TrailReplay replay, List<CodingRow> actual, List<Difference> out) {
        Map<UUID, CodingRow> byId = new HashMap<>();
        actual.forEach(r -> byId.put(r.id(), r));
        for (TrailReplay.Coding e : replay.codings().values()) {
            CodingRow r = byId.remove(e.id());
            if (r == null) {
                out.add(new Difference("audit.reconcile.codingMissing", codeName(replay, e.codeId(), e.codeName()),
                        e.sourceName(), e.start(), e.end(), e.coder(), e.id().toString(), e.seq()));
            } else if (!e.codeId().equals(r.codeId())) {
                out.add(new Difference("audit.reconcile.codingCode", e.id().toString(),
                        codeName(replay, e.codeId(), e.codeName()), codeName(replay, r.codeId(), null), e.seq()));
            } else if (!e.sourceId().equals(r.sourceId()) || e.start() != r.start() || e.end() != r.end()) {
                out.add(new Difference("audit.reconcile.codingSpan", e.id().toString(), e.start(), e.end(), r.start(), r.end(),
                        e.seq()));
            } else if (!e.coder().equals(r.coder())) {
                out.add(new Difference("audit.reconcile.codingCoder", e.id().toString(), e.coder(), r.coder(), e.seq()));
            }
        }
        byId.values().forEach(r -> out.add(new Difference("audit.reconcile.codingExtra", codeName(replay, r.codeId(), null),
                r.start(), r.end(), r.coder(), r.id().toString())));
    }

    /** The code's name as the trail now has it (codings keep the name from when they were made). */
    private static String codeName(TrailReplay replay, UUID codeId, String fallback) {
        TrailReplay.Code c = replay.codes().get(codeId);
        return c != null ? c.name() : fallback != null ? fallback : String.valueOf(codeId);
    }

    private static void compareSources(Map<UUID, TrailReplay.Source> expected, List<SourceRow> actual, List<Difference> out) {
        Map<UUID, SourceRow> byId = new HashMap<>();
        actual.forEach(r -> byId.put(r.id(), r));
        for (TrailReplay.Source e : expected.values()) {
            SourceRow r = byId.remove(e.id());
            if (r == null) {
                out.add(new Difference("audit.reconcile.sourceMissing", e.name(), e.seq()));
            } else if (e.removed() != r.removed() || !e.name().equals(r.name())) {
                out.add(new Difference("audit.reconcile.sourceState", e.name(), e.seq()));
            }
        }
        byId.values().forEach(r -> out.add(new Difference("audit.reconcile.sourceExtra", r.name())));
    }

    /** A sign-off or comment deleted or edited in the database is as much a change as a deleted coding. */
    private static void compareReviews(Map<UUID, TrailReplay.Review> expected, List<ReviewRow> actual, List<Difference> out) {
        Map<UUID, ReviewRow> byId = new HashMap<>();
        actual.forEach(r -> byId.put(r.id(), r));
        for (TrailReplay.Review e : expected.values()) {
            ReviewRow r = byId.remove(e.id());
            if (r == null) {
                out.add(new Difference("audit.reconcile.reviewMissing", e.kind(), e.text(), e.reviewer(), e.seq()));
            } else if (!e.text().equals(r.body()) || !e.reviewer().equals(r.reviewer()) || !Objects.equals(e.headSeq(), r.headSeq())
                    || !Objects.equals(e.headHash(), r.headHash())) {
                out.add(new Difference("audit.reconcile.reviewChanged", e.kind(), e.text(), e.reviewer(), e.seq()));
            }
        }
        byId.values().forEach(r -> out.add(new Difference("audit.reconcile.reviewExtra", r.kind(), r.body(), r.reviewer())));
    }
}
