package org.tematik.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class KappaTest {

    /**
     * Wikipedia, "Cohen's kappa", worked example: 50 grant proposals, both readers say yes to 20, A yes
     * and B no to 5, A no and B yes to 10, both no to 15: p_o = 0.70, p_e = 0.50, κ = 0.40.
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

    /**
     * Altman, D. G. (1991). Practical Statistics for Medical Research. London: Chapman & Hall. Section 14.3,
     * Table 14.2 (data from Boyd et al., 1982): two radiologists classify 85 xeromammograms as normal,
     * benign, suspected cancer or cancer. Altman: 54 agreements, p_o = 0.64, 26.2 expected by chance
     * (p_e = 0.31), κ = 0.47. Unrounded: p_o = 54/85, p_e = 2227/7225, κ = 0.4728.
     */
    @Test
    void cohenOnAltmansRadiologistsTable() {
        int[][] table = {
            {21, 12, 0, 0},
            {4, 17, 1, 0},
            {3, 9, 15, 2},
            {0, 0, 0, 1}};
        Double[][] ab = fromTable(table);
        assertThat(Kappa.percentAgreement(ab)).isCloseTo(54.0 / 85, within(1e-12));
        assertThat(Kappa.cohen(ab[0], ab[1])).isCloseTo(0.47, within(0.005));
        assertThat(Kappa.cohen(ab[0], ab[1])).isCloseTo((54.0 / 85 - 2227.0 / 7225) / (1 - 2227.0 / 7225), within(1e-12));
    }

    /**
     * Altman (1991), Table 14.3 (Brostoff et al., 1984): MAST against RAST allergy tests on 363 sera in five
     * ordered classes; Altman gives κ = 0.32. Unrounded: p_o = 172/363, p_e = 30014/131769, κ = 0.31863
     * (the "0.318" quoted where a popular QDA tool's formula gives 0.213).
     */
    @Test
    void cohenOnAltmansMastRastTable() {
        int[][] table = {
            {86, 3, 14, 0, 2},
            {26, 0, 10, 4, 0},
            {20, 2, 22, 4, 1},
            {11, 1, 37, 16, 14},
            {3, 0, 15, 24, 48}};
        Double[][] ab = fromTable(table);
        assertThat(Kappa.cohen(ab[0], ab[1])).isCloseTo(0.32, within(0.005));
        double po = 172.0 / 363;
        double pe = 30014.0 / 131769;
        assertThat(Kappa.cohen(ab[0], ab[1])).isCloseTo((po - pe) / (1 - pe), within(1e-12)).isBetween(0.318, 0.319);
    }

    /**
     * Altman (1991), Table 14.4: the same observed agreement (0.8) gives κ = 0.38 when one category has
     * 80 % prevalence and κ = 0.60 when both have 50 %. Kappa must show that prevalence effect. Unrounded,
     * the first is 0.12 / 0.32 = 0.375, which Altman prints as 0.38.
     */
    @Test
    void cohenFollowsAltmansPrevalenceExample() {
        Double[][] skewed = fromTable(new int[][] {{70, 10}, {10, 10}});
        Double[][] balanced = fromTable(new int[][] {{40, 10}, {10, 40}});
        assertThat(Kappa.cohen(skewed[0], skewed[1])).isCloseTo(0.375, within(1e-12));
        assertThat(Kappa.cohen(balanced[0], balanced[1])).isCloseTo(0.60, within(1e-12));
    }

    @Test
    void unitsMissingAValueAreLeftOutOfKappa() {
        Double[] a = {1d, 0d, null, 1d};
        Double[] b = {1d, 0d, 1d, 1d};
        assertThat(Kappa.cohen(a, b)).isEqualTo(1.0);
        assertThat(Kappa.cohen(new Double[] {1d, 1d}, new Double[] {1d, 1d})).isNaN(); // no variation: chance agreement 1
    }

    /** Unit-level codes for two coders from a contingency table: rows are coder A's class, columns coder B's. */
    private static Double[][] fromTable(int[][] table) {
        int n = 0;
        for (int[] row : table) {
            for (int f : row) {
                n += f;
            }
        }
        Double[][] ab = new Double[2][n];
        int u = 0;
        for (int i = 0; i < table.length; i++) {
            for (int j = 0; j < table[i].length; j++) {
                fill(ab[0], ab[1], u, table[i][j], i, j);
                u += table[i][j];
            }
        }
        return ab;
    }

    private static void fill(Double[] a, Double[] b, int from, int count, double va, double vb) {
        for (int i = from; i < from + count; i++) {
            a[i] = va;
            b[i] = vb;
        }
    }
}
