package org.tematik.core.audit;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.tematik.core.storage.AuditDao;
import org.tematik.core.storage.AuditQueryDao;

/**
 * What the audit viewer reads: the seqs matching a filter (one cheap query, so the table knows its size
 * at once) and pages of events by seq range, fetched as the user scrolls.
 */
public final class AuditBrowser {
    private final Jdbi jdbi;

    public AuditBrowser(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * The seqs of the matching events, oldest first. Unfiltered, the trail is 1..head (an append-only
     * chain has no gaps; a page that finds one shows it), so no rows need to be read at all.
     */
    public List<Long> matching(AuditFilter filter) {
        if (filter.isAll()) {
            long last = jdbi.withExtension(AuditDao.class, AuditDao::head).lastSeq();
            return new SeqRange(last);
        }
        return jdbi.withExtension(AuditQueryDao.class, dao -> dao.seqs(filter));
    }

    /** 1..last as a list, without storing it. */
    private static final class SeqRange extends java.util.AbstractList<Long> implements java.util.RandomAccess {
        private final int size;

        SeqRange(long last) {
            this.size = (int) Math.min(Integer.MAX_VALUE, last);
        }

        @Override
        public Long get(int index) {
            java.util.Objects.checkIndex(index, size);
            return index + 1L;
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** The matching events with {@code lo <= seq <= hi}, oldest first. */
    public List<AuditEvent> page(long lo, long hi, AuditFilter filter) {
        return jdbi.withExtension(AuditQueryDao.class, dao -> dao.range(lo, hi, filter));
    }

    public List<String> coders() {
        return jdbi.withExtension(AuditQueryDao.class, AuditQueryDao::coders);
    }

    public List<String> actions() {
        return jdbi.withExtension(AuditQueryDao.class, AuditQueryDao::actions);
    }

    /** A describer with the current names of sources, codes and cases. */
    public EventText describer() {
        Map<UUID, String> names = jdbi.withExtension(AuditQueryDao.class, AuditQueryDao::names);
        return new EventText(names::get);
    }
}
