package org.tematik.core.agreement;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A percentile bootstrap interval for alpha: units are drawn with replacement, alpha recomputed each
 * time. The seed is fixed, so the same data always gives the same interval (reproducible reports).
 */
public final class Bootstrap {
    public static final int SAMPLES = 1000;
    public static final long SEED = 20_111_126L;

    private Bootstrap() {
    }

    /** [lower, upper] of the 95 % interval, or null when alpha is undefined on most resamples. */
    public static double[] alphaInterval(Double[][] data, KrippendorffAlpha.Metric metric) {
        int units = data.length == 0 ? 0 : data[0].length;
        if (units < 2) {
            return null;
        }
        SplittableRandom random = new SplittableRandom(SEED);
        double[] alphas = new double[SAMPLES];
        int defined = 0;
        Double[][] sample = new Double[data.length][units];
        for (int s = 0; s < SAMPLES; s++) {
            for (int u = 0; u < units; u++) {
                int pick = random.nextInt(units);
                for (int c = 0; c < data.length; c++) {
                    sample[c][u] = data[c][pick];
                }
            }
            double a = KrippendorffAlpha.alpha(sample, metric);
            if (!Double.isNaN(a)) {
                alphas[defined++] = a;
            }
        }
        if (defined < SAMPLES / 2) {
            return null;
        }
        double[] sorted = Arrays.copyOf(alphas, defined);
        Arrays.sort(sorted);
        return new double[] {sorted[(int) Math.floor(0.025 * (defined - 1))], sorted[(int) Math.ceil(0.975 * (defined - 1))]};
    }
}
