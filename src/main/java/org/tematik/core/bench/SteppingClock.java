package org.tematik.core.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Random;

/**
 * A clock that moves forward by a few seconds (drawn from a seeded random) each time it is read: the
 * command stack reads it once per change, so a generated trail has the same times on every run.
 */
final class SteppingClock extends Clock {
    private final Random random;
    private Instant now;

    SteppingClock(Instant start, long seed) {
        this.now = start;
        this.random = new Random(seed);
    }

    @Override
    public synchronized Instant instant() {
        now = now.plusMillis(500 + random.nextInt(20_000));
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a generated project keeps UTC");
    }
}
