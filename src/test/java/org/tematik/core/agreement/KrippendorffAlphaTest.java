package org.tematik.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.tematik.core.agreement.KrippendorffAlpha.Metric;

/** Known answers from published worked examples. */
class KrippendorffAlphaTest {
    private static final Double N = null;

    /**
     * Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
     * Communication, University of Pennsylvania. Section C: four observers, twelve units, missing values.
     * Published: nominal .743, ordinal .815, interval .849, ratio .797.
     */
    private static final Double[][] KRIPPENDORFF_2011 = {
        {1d, 2d, 3d, 3d, 2d, 1d, 4d, 1d, 2d, N, N, N},
        {1d, 2d, 3d, 3d, 2d, 2d, 4d, 1d, 2d, 5d, N, 3d},
        {N, 3d, 3d, 3d, 2d, 3d, 4d, 2d, 2d, 5d, 1d, N},
        {1d, 2d, 3d, 3d, 2d, 4d, 4d, 1d, 2d, 5d, 1d, N},
    };

    @Test
    void krippendorff2011AtEveryLevelOfMeasurement() {
        assertThat(KrippendorffAlpha.alpha(KRIPPENDORFF_2011, Metric.NOMINAL)).isCloseTo(0.743, within(0.0005));
        assertThat(KrippendorffAlpha.alpha(KRIPPENDORFF_2011, Metric.ORDINAL)).isCloseTo(0.815, within(0.0005));
        assertThat(KrippendorffAlpha.alpha(KRIPPENDORFF_2011, Metric.INTERVAL)).isCloseTo(0.849, within(0.0005));
        assertThat(KrippendorffAlpha.alpha(KRIPPENDORFF_2011, Metric.RATIO)).isCloseTo(0.797, within(0.0005));
    }

    /**
     * The computational example of Wikipedia's "Krippendorff's alpha" article: three coders, fifteen
     * units, missing values; nominal alpha = 0.691.
     */
    @Test
    void wikipediasNominalExample() {
        Double[][] data = {
            {N, N, N, N, N, 3d, 4d, 1d, 2d, 1d, 1d, 3d, 3d, N, 3d},
            {1d, N, 2d, 1d, 3d, 3d, 4d, 3d, N, N, N, N, N, N, N},
            {N, N, 2d, 1d, 3d, 4d, 4d, N, 2d, 1d, 1d, 3d, 3d, N, 4d},
        };
        assertThat(KrippendorffAlpha.alpha(data, Metric.NOMINAL)).isCloseTo(0.691, within(0.0005));
    }

    @Test
    void perfectAgreementIsOneAndNothingComparableIsNaN() {
        Double[][] same = {{1d, 2d, 1d}, {1d, 2d, 1d}};
        assertThat(KrippendorffAlpha.alpha(same, Metric.NOMINAL)).isEqualTo(1.0);
        Double[][] alone = {{1d, N}, {N, 2d}};
        assertThat(KrippendorffAlpha.alpha(alone, Metric.NOMINAL)).isNaN();
    }
}
