package org.tematik.ui.audit;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ObservableListBase;

/**
 * A virtual list over the seqs that match the filter: its size is known at once, rows are fetched a
 * page at a time when the table first asks for them (a placeholder shows meanwhile), and only recent
 * pages are kept, so 100,000 events cost a list of longs plus a few pages.
 */
final class EventPages extends ObservableListBase<AuditRow> {
    static final int PAGE = 200;
    private static final int KEPT_PAGES = 40;

    /** Loads page {@code n} (seqs lo..hi) and hands the rows to {@code done} on the UI thread. */
    interface Loader {
        void load(long lo, long hi, java.util.function.Consumer<List<AuditRow>> done);
    }

    private final List<Long> seqs;
    private final Loader loader;
    private final Set<Integer> requested = new HashSet<>();
    private final Map<Integer, Map<Long, AuditRow>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Map<Long, AuditRow>> eldest) {
            return size() > KEPT_PAGES;
        }
    };

    EventPages(List<Long> seqs, Loader loader) {
        this.seqs = seqs;
        this.loader = loader;
    }

    @Override
    public AuditRow get(int index) {
        long seq = seqs.get(index);
        int page = index / PAGE;
        Map<Long, AuditRow> rows = pages.get(page);
        if (rows != null && rows.containsKey(seq)) {
            return rows.get(seq);
        }
        request(page);
        rows = pages.get(page); // a synchronous loader (tests) has filled it already
        return rows != null && rows.containsKey(seq) ? rows.get(seq) : AuditRow.loading(seq);
    }

    @Override
    public int size() {
        return seqs.size();
    }

    /** The position of an event in this list, or -1 when the filter hides it. */
    int indexOfSeq(long seq) {
        int at = java.util.Collections.binarySearch(seqs, seq);
        return at < 0 ? -1 : at;
    }

    private void request(int page) {
        if (!requested.add(page)) {
            return;
        }
        int from = page * PAGE;
        int to = Math.min(seqs.size(), from + PAGE);
        loader.load(seqs.get(from), seqs.get(to - 1), rows -> arrived(page, from, to, rows));
    }

    private void arrived(int page, int from, int to, List<AuditRow> rows) {
        Map<Long, AuditRow> bySeq = new LinkedHashMap<>();
        rows.forEach(r -> bySeq.put(r.seq(), r));
        for (int i = from; i < to; i++) {
            bySeq.putIfAbsent(seqs.get(i), AuditRow.missing(seqs.get(i))); // deleted behind the app's back: say so, don't re-ask
        }
        pages.put(page, bySeq);
        requested.remove(page);
        beginChange();
        for (int i = from; i < to; i++) {
            nextSet(i, AuditRow.loading(seqs.get(i)));
        }
        endChange();
    }
}
