package org.tematik.core.audit;

/** The last event of the chain, as the head row records it. */
public record ChainHead(long lastSeq, String lastHash) {
}
