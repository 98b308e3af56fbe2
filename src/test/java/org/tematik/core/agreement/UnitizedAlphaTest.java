package org.tematik.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitizedAlphaTest {

    /**
     * Krippendorff, K. (2004). Content Analysis: An Introduction to Its Methodology (2nd ed.), pp. 251-256:
     * two observers unitize the continuum [150, 450). Category c: observer i marks [225, 295) and [370, 400),
     * observer j marks [220, 300), [355, 375) and [400, 420); D_o = .0144, D_e = .0532, cuα = .7286.
     * Category k: both mark [180, 240) and [300, 350): D_o = 0, D_e = .0490, kuα = 1. Both together: uα = .8591.
     * (Offsets here are relative to the continuum's start, 150.)
     */
    @Test
    void reproducesKrippendorffs2004WorkedExample() {
        UnitizedAlpha.Disagreement c = UnitizedAlpha.of(List.of(new UnitizedAlpha.Continuum(300, List.of(
                List.of(new int[] {75, 145}, new int[] {220, 250}),
                List.of(new int[] {70, 150}, new int[] {205, 225}, new int[] {250, 270})))), 2);
        assertThat(c.observed()).isCloseTo(0.0144, within(0.00005));
        assertThat(c.expected()).isCloseTo(0.0532, within(0.00005));
        assertThat(c.alpha()).isCloseTo(0.7286, within(0.00005));

        UnitizedAlpha.Disagreement k = UnitizedAlpha.of(List.of(new UnitizedAlpha.Continuum(300, List.of(
                List.of(new int[] {30, 90}, new int[] {150, 200}),
                List.of(new int[] {30, 90}, new int[] {150, 200})))), 2);
        assertThat(k.observed()).isZero();
        assertThat(k.expected()).isCloseTo(0.0490, within(0.00005));
        assertThat(k.alpha()).isEqualTo(1.0);

        // The book's .8591 is 1 - .0144 / (.0532 + .0490), from the rounded disagreements; unrounded it is .8587.
        double pooled = 1 - (c.observed() + k.observed()) / (c.expected() + k.expected());
        assertThat(pooled).isCloseTo(0.8591, within(0.0005));
    }

    /** The distances of Krippendorff's (2004) figure: two stretches, or a stretch inside the other's gap. */
    @Test
    void distancesFollowKrippendorffsDefinition() {
        assertThat(UnitizedAlpha.distance(seg(225, 295, true), seg(220, 300, true))).isEqualTo(50);
        assertThat(UnitizedAlpha.distance(seg(370, 400, true), seg(355, 375, true))).isEqualTo(850);
        assertThat(UnitizedAlpha.distance(seg(400, 450, false), seg(400, 420, true))).isEqualTo(400);
        assertThat(UnitizedAlpha.distance(seg(10, 20, true), seg(15, 30, false))).isZero(); // not inside the gap
    }

    @Test
    void nothingCodedByAnyoneIsUndefined() {
        UnitizedAlpha.Disagreement none = UnitizedAlpha.of(List.of(new UnitizedAlpha.Continuum(100, List.of(List.of(), List.of()))), 2);
        assertThat(none.alpha()).isNaN();
    }

    private static UnitizedAlpha.Segment seg(int start, int end, boolean coded) {
        return new UnitizedAlpha.Segment(start, end, coded);
    }
}
