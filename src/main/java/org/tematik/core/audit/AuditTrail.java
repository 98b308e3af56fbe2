package org.tematik.core.audit;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.tematik.core.storage.AuditDao;

/** Appends to and reads the hash-chained trail. Appending happens only inside a command's transaction. */
public final class AuditTrail {
    private final Jdbi jdbi;

    public AuditTrail(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Locks the chain head at the start of a change's transaction, until it commits. With several clients
     * on one server this serialises whole changes in the database, not only their appends: each change
     * reads the state every earlier change committed, so its checks and its "before" are true, and two
     * coders renaming one code end deterministically (the later commit wins, both are audited).
     */
    public void lockHead(Handle handle) {
        handle.attach(AuditDao.class).lockHead();
    }

    /** Appends one event in the caller's transaction, after locking the chain head. */
    public AuditEvent append(Handle handle, Instant time, String coder, String action, String entityType,
                             String entityId, String summary, String data) {
        AuditDao dao = handle.attach(AuditDao.class);
        ChainHead head = dao.lockHead();
        long seq = head.lastSeq() + 1;
        Instant at = ChainHash.storable(time);
        String hash = ChainHash.of(head.lastHash(), seq, at, coder, action, entityType, entityId, summary, data);
        AuditEvent event = new AuditEvent(seq, at, coder, action, entityType, entityId, summary, data, head.lastHash(), hash);
        dao.insert(event);
        dao.moveHead(seq, hash);
        return event;
    }

    /** Events after {@code afterSeq}, oldest first, at most {@code limit}: the viewer pages with this. */
    public List<AuditEvent> page(long afterSeq, int limit) {
        return jdbi.withExtension(AuditDao.class, dao -> dao.page(afterSeq, limit));
    }

    public long count() {
        return jdbi.withExtension(AuditDao.class, AuditDao::count);
    }

    /**
     * Recomputes every hash in order. Catches an edited row (its hash no longer matches), a deleted
     * row (a gap in seq or a broken prev_hash link) and a trail cut short (the head points past the end).
     * Reads one snapshot (SERIALIZABLE: H2's REPEATABLE READ lets rows committed meanwhile appear), so
     * changes made while it runs never look like a cut-short trail; writers are not blocked.
     */
    public Verification verify() {
        return jdbi.inTransaction(TransactionIsolationLevel.SERIALIZABLE, handle -> {
            AuditDao dao = handle.attach(AuditDao.class);
            ChainHead head = dao.head();
            long expectedSeq = 1;
            String prevHash = AuditEvent.GENESIS_HASH;
            try (Stream<AuditEvent> events = dao.streamAll()) {
                Iterator<AuditEvent> it = events.iterator();
                while (it.hasNext()) {
                    AuditEvent e = it.next();
                    if (e.seq() != expectedSeq) {
                        return Verification.broken(expectedSeq - 1, expectedSeq, "audit.verify.missing");
                    }
                    if (!e.prevHash().equals(prevHash)) {
                        return Verification.broken(expectedSeq - 1, e.seq(), "audit.verify.link");
                    }
                    if (!ChainHash.of(e).equals(e.hash())) {
                        return Verification.broken(expectedSeq - 1, e.seq(), "audit.verify.changed");
                    }
                    prevHash = e.hash();
                    expectedSeq++;
                }
            }
            long events = expectedSeq - 1;
            if (events == 0) {
                return Verification.broken(0, 1, "audit.verify.missing"); // every project starts with project.create
            }
            if (head.lastSeq() != events || !head.lastHash().equals(prevHash)) {
                return Verification.broken(events, events + 1, "audit.verify.truncated");
            }
            return Verification.intact(events);
        });
    }
}
