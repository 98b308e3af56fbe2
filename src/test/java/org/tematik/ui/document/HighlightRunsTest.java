package org.tematik.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tematik.ui.document.HighlightRuns.Run;
import org.tematik.ui.document.HighlightRuns.Span;

class HighlightRunsTest {

    /** Against the plain definition, character by character: the colours of the spans covering it, in list order of their starts. */
    @Test
    void randomSpansGiveEachCharacterTheColoursCoveringIt() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 200; round++) {
            int length = 1 + random.nextInt(60);
            List<Span> spans = new java.util.ArrayList<>();
            for (int i = random.nextInt(8); i > 0; i--) {
                int a = random.nextInt(length + 5) - 2;
                spans.add(new Span(a, a + random.nextInt(20), "#" + (i % 3))); // repeated colours and identical spans too
            }
            List<Run> runs = HighlightRuns.compute(length, spans);
            assertThat(runs.stream().mapToInt(Run::length).sum()).isEqualTo(length);
            int at = 0;
            for (Run run : runs) {
                assertThat(run.length()).isPositive();
                for (int c = at; c < at + run.length(); c++) {
                    int ch = c;
                    List<String> expected = spans.stream().filter(s -> Math.max(0, s.start()) <= ch && ch < s.end())
                            .sorted(java.util.Comparator.comparingInt(s -> Math.max(0, s.start())))
                            .map(Span::color).toList();
                    assertThat(run.colors()).as("round %d, character %d of %s", round, c, spans).isEqualTo(expected);
                }
                at += run.length();
            }
        }
    }

    @Test
    void uncodedTextIsOneEmptyRun() {
        assertThat(HighlightRuns.compute(10, List.of())).containsExactly(new Run(10, List.of()));
    }

    @Test
    void overlappingCodingsShareTheOverlap() {
        List<Run> runs = HighlightRuns.compute(20, List.of(new Span(2, 10, "#aa0000"), new Span(6, 14, "#00aa00")));
        assertThat(runs).containsExactly(
                new Run(2, List.of()),
                new Run(4, List.of("#aa0000")),
                new Run(4, List.of("#aa0000", "#00aa00")),
                new Run(4, List.of("#00aa00")),
                new Run(6, List.of()));
        assertThat(runs.stream().mapToInt(Run::length).sum()).isEqualTo(20);
    }

    @Test
    void nestedAndIdenticalSpansAndSpansPastTheEnd() {
        List<Run> runs = HighlightRuns.compute(8, List.of(new Span(0, 8, "#111111"), new Span(2, 4, "#222222"),
                new Span(2, 4, "#333333"), new Span(6, 50, "#444444")));
        assertThat(runs).containsExactly(
                new Run(2, List.of("#111111")),
                new Run(2, List.of("#111111", "#222222", "#333333")),
                new Run(2, List.of("#111111")),
                new Run(2, List.of("#111111", "#444444")));
    }

    @Test
    void changedWindowCoversOnlyWhatANewCodingChanged() {
        List<Run> before = HighlightRuns.compute(100, List.of(new HighlightRuns.Span(10, 20, "#111111"),
                new HighlightRuns.Span(60, 70, "#222222")));
        List<Run> after = HighlightRuns.compute(100, List.of(new HighlightRuns.Span(10, 20, "#111111"),
                new HighlightRuns.Span(40, 45, "#333333"), new HighlightRuns.Span(60, 70, "#222222")));
        int[] window = HighlightRuns.changedWindow(before, after);
        assertThat(window[0]).isLessThanOrEqualTo(40).isGreaterThanOrEqualTo(20);
        assertThat(window[1]).isGreaterThanOrEqualTo(45).isLessThanOrEqualTo(60);
        int[] same = HighlightRuns.changedWindow(after, after);
        assertThat(same[0]).isGreaterThanOrEqualTo(same[1]);
        assertThat(HighlightRuns.changedWindow(List.of(), after)).containsExactly(0, 100);
    }
}
