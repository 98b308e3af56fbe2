package org.tematik.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.project.Project;

/** The leave-one-source-out measurement on a small topical corpus (figures only, no timing asserted). */
class SuggestBenchmarkTest {
    @TempDir
    Path tmp;

    @Test
    void learnableCodesBeatTheMostFrequentCodeAndTheFiguresAreConsistent() {
        Path dir = tmp.resolve("topical");
        TopicalCorpus.Result made = TopicalCorpus.generate(dir, 4, 12, 20_000, 7, "ayu");
        assertThat(made.sources()).isEqualTo(5);
        try (Project p = Project.open(dir, "ayu")) {
            SuggestBenchmark.Report r = SuggestBenchmark.run(p);

            assertThat(r.sources()).isEqualTo(4);
            assertThat(r.units()).isEqualTo(made.codedParagraphs());
            assertThat(r.examples()).isEqualTo(made.codings());
            assertThat(r.engineScores().p1()).isGreaterThan(r.baseline().p1() + 0.2);
            assertThat(r.engineScores().r3()).isGreaterThanOrEqualTo(r.engineScores().p1());
            // one code per paragraph here: precision@3 is at most a third
            assertThat(r.engineScores().p3()).isLessThanOrEqualTo(1.0 / 3 + 1e-9);
            assertThat(r.timing().source()).isEqualTo(TopicalCorpus.LONG_SOURCE);
            assertThat(r.timing().units()).isPositive();
            assertThat(SuggestBenchmark.run(p).engineScores()).isEqualTo(r.engineScores());
        }
    }
}
