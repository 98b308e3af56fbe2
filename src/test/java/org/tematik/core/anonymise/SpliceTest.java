package org.tematik.core.anonymise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tematik.core.source.SourceStructure;
import org.tematik.core.util.CodePoints;

class SpliceTest {
    // "Ali 🙂 Ibu Siti\nHalaman dua" with "Siti" (code points 10-14) replaced by "Dewi Lestari" (12)
    final Splice splice = new Splice(List.of(new Splice.Span(10, 14, 12)));

    @Test
    void offsetsOutsideShiftInsideSnapToTheWholeReplacement() {
        assertThat(splice.start(9)).isEqualTo(9);
        assertThat(splice.end(10)).isEqualTo(10);       // ends where the name starts: unchanged
        assertThat(splice.start(14)).isEqualTo(22);     // starts where the name ends
        assertThat(splice.start(11)).isEqualTo(10);     // starts inside: the pseudonym's start
        assertThat(splice.end(12)).isEqualTo(22);       // ends inside: the pseudonym's end
        assertThat(splice.end(20)).isEqualTo(28);
    }

    @Test
    void inverseUndoesTheShift() {
        Splice back = splice.inverse();
        assertThat(back.spans()).containsExactly(new Splice.Span(10, 22, 4));
        for (int x : new int[] {0, 9, 10, 14, 20}) {
            assertThat(back.start(splice.start(x))).isEqualTo(x);
        }
    }

    @Test
    void pagesParagraphsAndTurnsFollowTheText() {
        String old = "Ali \uD83D\uDE42 Ibu Siti\nHalaman dua";
        CodePoints cp = new CodePoints(old);
        assertThat(cp.substring(10, 14)).isEqualTo("Siti");
        SourceStructure s = new SourceStructure(
                List.of(new SourceStructure.Paragraph(1, 0, 14, 1, "body"), new SourceStructure.Paragraph(2, 15, 26, 2, "body")),
                List.of(new SourceStructure.Page(1, 0, 15), new SourceStructure.Page(2, 15, 26)),
                List.of(new SourceStructure.SpeakerTurn(1, "Ali", 6, 14, null)),
                List.of(new SourceStructure.Annotation("comment", 10, 14, "alice", "nama")));
        SourceStructure moved = VersionEdits.shifted(s, splice);
        String next = "Ali \uD83D\uDE42 Ibu Dewi Lestari\nHalaman dua";
        CodePoints n = new CodePoints(next);
        assertThat(n.substring(moved.paragraphs().get(0).start(), moved.paragraphs().get(0).end())).isEqualTo("Ali 🙂 Ibu Dewi Lestari");
        assertThat(n.substring(moved.paragraphs().get(1).start(), moved.paragraphs().get(1).end())).isEqualTo("Halaman dua");
        assertThat(moved.pages().get(1)).isEqualTo(new SourceStructure.Page(2, 23, 34));
        assertThat(n.substring(moved.turns().get(0).start(), moved.turns().get(0).end())).isEqualTo("Ibu Dewi Lestari");
        assertThat(n.substring(moved.annotations().get(0).start(), moved.annotations().get(0).end())).isEqualTo("Dewi Lestari");
    }

    @Test
    void matcherIsWholeWordUnicodeAwareAndLongestFirst() {
        List<PseudonymEntry> table = List.of(new PseudonymEntry("Budi", "Agus", null),
                new PseudonymEntry("Pak Budi Santoso", "Pak Agus", null), new PseudonymEntry("Đức", "Minh", null));
        NameMatcher m = new NameMatcher(table, true);
        String text = "🙂 Pak budi  Santoso, Budiman, Budi_x, Budi. ĐỨC Đứcé đức";
        List<NameMatcher.Match> found = m.find(new CodePoints(text));
        assertThat(found).extracting(NameMatcher.Match::entry).containsExactly(1, 0, 2, 2);
        assertThat(found.get(0)).isEqualTo(new NameMatcher.Match(2, 19, 1));
    }
}
