package org.tematik.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class KappaTest {

    /**
     * Wikipedia, "Cohen's kappa", worked example: 50 grant proposals, both readers say yes to 20, A yes
     * and B no to 5, A no and B yes to 10, both no to 15: p_o = 0.70, p_e = 0.50, κ = 0.40.
     * (A textbook example, as the issue asks, is still to be added from its printed source.)
     */
    @Test
    void cohenOnWikipediasGrantExample() {
        Double[] a = new Double[50];
        Double[] b = new Double[50];
        fill(a, b, 0, 20, 1d, 1d);
        fill(a, b, 20, 5, 1d, 0d);
        fill(a, b, 25, 10, 0d, 1d);
        fill(a, b, 35, 15, 0d, 0d);
        assertThat(Kappa.cohen(a, b)).isCloseTo(0.40, within(1e-12));
        assertThat(Kappa.percentAgreement(new Double[][] {a, b})).isCloseTo(0.70, within(1e-12));
    }

    /**
     * Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters. As worked on Wikipedia's
     * "Fleiss' kappa" page: 10 subjects, 14 raters, 5 categories; P̄ = 0.378, P̄e = 0.213, κ = 0.210.
     */
    @Test
    void fleissOnTheFourteenRaterExample() {
        int[][] counts = {
            {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
            {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
        assertThat(Kappa.fleiss(counts)).isCloseTo(0.210, within(0.0005));
    }

    @Test
    void unitsMissingAValueAreLeftOutOfKappa() {
        Double[] a = {1d, 0d, null, 1d};
        Double[] b = {1d, 0d, 1d, 1d};
        assertThat(Kappa.cohen(a, b)).isEqualTo(1.0);
        assertThat(Kappa.cohen(new Double[] {1d, 1d}, new Double[] {1d, 1d})).isNaN(); // no variation: chance agreement 1
    }

    private static void fill(Double[] a, Double[] b, int from, int count, double va, double vb) {
        for (int i = from; i < from + count; i++) {
            a[i] = va;
            b[i] = vb;
        }
    }
}
