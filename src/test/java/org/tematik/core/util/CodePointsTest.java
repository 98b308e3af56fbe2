package org.tematik.core.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodePointsTest {
    // code points: H=0 a=1 😀=2 (UTF-16 2,3) b=3 (4) 𝄞=4 (5,6) 😀=5 (7,8) c=6 (9); length 7, UTF-16 length 10
    private static final String MIXED = "Ha😀b𝄞😀c";

    @Test
    void textWithoutSurrogatePairsMapsOneToOne() {
        String text = "Kerja sama kota kembar, é ü ñ – “quote”";
        CodePoints cp = new CodePoints(text);
        assertThat(cp.length()).isEqualTo(text.length()).isEqualTo(CodePoints.count(text));
        for (int i = 0; i <= text.length(); i++) {
            assertThat(cp.toUtf16(i)).isEqualTo(i);
            assertThat(cp.toCodePoint(i)).isEqualTo(i);
        }
        assertThat(cp.substring(6, 10)).isEqualTo("sama");
        assertThat(cp.text()).isSameAs(text);
    }

    @Test
    void lengthCountsCodePoints() {
        CodePoints cp = new CodePoints(MIXED);
        assertThat(MIXED.length()).isEqualTo(10);
        assertThat(cp.length()).isEqualTo(7);
        assertThat(CodePoints.count(MIXED)).isEqualTo(7);
        assertThat(CodePoints.count("")).isZero();
        assertThat(new CodePoints("").length()).isZero();
    }

    @Test
    void codePointToUtf16() {
        CodePoints cp = new CodePoints(MIXED);
        int[] expected = {0, 1, 2, 4, 5, 7, 9, 10};
        for (int i = 0; i < expected.length; i++) {
            assertThat(cp.toUtf16(i)).as("toUtf16(%d)", i).isEqualTo(expected[i]);
            // agrees with the JDK's own arithmetic
            assertThat(cp.toUtf16(i)).isEqualTo(MIXED.offsetByCodePoints(0, i));
        }
    }

    @Test
    void utf16ToCodePointRoundsDownInsideAPair() {
        CodePoints cp = new CodePoints(MIXED);
        int[] expected = {0, 1, 2, 2, 3, 4, 4, 5, 5, 6, 7};
        for (int i = 0; i < expected.length; i++) {
            assertThat(cp.toCodePoint(i)).as("toCodePoint(%d)", i).isEqualTo(expected[i]);
        }
        for (int c = 0; c <= cp.length(); c++) {
            assertThat(cp.toCodePoint(cp.toUtf16(c))).isEqualTo(c);
        }
    }

    @Test
    void substringTakesCodePointOffsets() {
        CodePoints cp = new CodePoints(MIXED);
        assertThat(cp.substring(2, 3)).isEqualTo("😀");
        assertThat(cp.substring(2, 4)).isEqualTo("😀b");
        assertThat(cp.substring(4, 6)).isEqualTo("𝄞😀");
        assertThat(cp.substring(6, 7)).isEqualTo("c");
        assertThat(cp.substring(0, 7)).isEqualTo(MIXED);
        assertThat(cp.substring(3, 3)).isEmpty();
    }

    @Test
    void pairsAtTheVeryStartAndEnd() {
        String text = "😀x😀";
        CodePoints cp = new CodePoints(text);
        assertThat(cp.length()).isEqualTo(3);
        assertThat(cp.substring(0, 1)).isEqualTo("😀");
        assertThat(cp.substring(1, 2)).isEqualTo("x");
        assertThat(cp.substring(2, 3)).isEqualTo("😀");
        assertThat(cp.toUtf16(3)).isEqualTo(5).isEqualTo(text.length());
        assertThat(cp.toUtf16(2)).isEqualTo(3);
        assertThat(cp.toCodePoint(1)).isEqualTo(0);
    }

    @Test
    void loneSurrogatesCountAsOneCodePointEach() {
        String text = "a\uD83Db\uDE00c"; // a high and a low surrogate, not a pair
        CodePoints cp = new CodePoints(text);
        assertThat(cp.length()).isEqualTo(5).isEqualTo(CodePoints.count(text));
        assertThat(cp.substring(2, 3)).isEqualTo("b");
    }

    @Test
    void manyPairs() {
        String text = "😀".repeat(1000) + "end";
        CodePoints cp = new CodePoints(text);
        assertThat(cp.length()).isEqualTo(1003);
        assertThat(cp.substring(1000, 1003)).isEqualTo("end");
        assertThat(cp.substring(500, 501)).isEqualTo("😀");
        assertThat(cp.toCodePoint(2000)).isEqualTo(1000);
    }
}
