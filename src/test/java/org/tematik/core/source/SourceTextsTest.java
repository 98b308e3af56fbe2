package org.tematik.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tematik.core.util.CodePoints;

class SourceTextsTest {
    private final SourceTexts texts = new SourceTexts();
    private final UUID interview = UUID.randomUUID();
    private final UUID regulation = UUID.randomUUID();

    @Test
    void aTextIsReadOnceAndServedAsTheSameObject() {
        AtomicInteger reads = new AtomicInteger();
        CodePoints first = texts.get(interview, id -> "Koordinasi lambat. " + reads.incrementAndGet());
        assertThat(texts.get(interview, id -> "never read")).isSameAs(first);
        assertThat(reads).hasValue(1);
    }

    /** Another thread reading a long text holds up nobody asking for a text already cached. */
    @Test
    void readingOneTextDoesNotHoldUpTheOthers() throws Exception {
        CodePoints cached = texts.get(interview, id -> "Koordinasi lambat.");
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<CodePoints> slow = CompletableFuture.supplyAsync(() -> texts.get(regulation, id -> {
            reading.countDown();
            await(release, 120); // far longer than the look-up below may take
            return "Peraturan daerah.";
        }));
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<CodePoints> hit = CompletableFuture.supplyAsync(() -> texts.get(interview, id -> "never read"));
        assertThat(hit.get(30, TimeUnit.SECONDS)).isSameAs(cached); // would wait for the release if the read held the lock
        release.countDown();
        assertThat(slow.get(10, TimeUnit.SECONDS).text()).isEqualTo("Peraturan daerah.");
    }

    /** A read that a new source version overtook (the cache was cleared meanwhile) is not kept: the next read is fresh. */
    @Test
    void aReadOvertakenByANewVersionIsNotCached() {
        CodePoints old = texts.get(interview, id -> {
            texts.clear(); // the anonymised version was committed while the old text was being read
            return "Pak Budi said so.";
        });
        assertThat(old.text()).isEqualTo("Pak Budi said so.");
        assertThat(texts.get(interview, id -> "[P1] said so.").text()).isEqualTo("[P1] said so.");
    }

    /** Many texts read at once follow the same rules: only the missing ones are read, and an overtaken read is not kept. */
    @Test
    void textsReadManyAtOnceAreCachedUnlessOvertaken() {
        CodePoints cached = texts.get(interview, id -> "Koordinasi lambat.");
        texts.loadMissing(java.util.List.of(interview, regulation), ids -> {
            assertThat(ids).containsExactly(regulation);
            return java.util.Map.of(regulation, "Peraturan daerah.");
        });
        assertThat(texts.get(interview, id -> "never read")).isSameAs(cached);
        assertThat(texts.get(regulation, id -> "never read").text()).isEqualTo("Peraturan daerah.");

        UUID mou = UUID.randomUUID();
        texts.loadMissing(java.util.List.of(mou), ids -> {
            texts.clear(); // a new version was committed while the batch was being read
            return java.util.Map.of(mou, "Pak Budi signed.");
        });
        assertThat(texts.get(mou, id -> "[P1] signed.").text()).isEqualTo("[P1] signed.");
    }

    private static void await(CountDownLatch latch, int seconds) {
        try {
            latch.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
