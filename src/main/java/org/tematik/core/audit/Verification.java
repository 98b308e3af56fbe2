package org.tematik.core.audit;

/**
 * The outcome of recomputing the chain. When broken, {@code brokenSeq} is the first event that
 * does not check out and {@code problemKey} names what is wrong (a message key).
 */
public record Verification(long events, Long brokenSeq, String problemKey) {

    public static Verification intact(long events) {
        return new Verification(events, null, null);
    }

    public static Verification broken(long events, long seq, String problemKey) {
        return new Verification(events, seq, problemKey);
    }

    public boolean isIntact() {
        return brokenSeq == null;
    }
}
