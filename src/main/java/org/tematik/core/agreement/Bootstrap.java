package org.tematik.core.agreement;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * A percentile bootstrap interval for an agreement statistic: units are drawn with replacement and the
 * statistic recomputed each time. The seed is fixed, so the same data always gives the same interval
 * (reproducible reports).
 */
public final class Bootstrap {
    public static final int SAMPLES = 1000;
    public static final long SEED = 20_111_126L;

    private Bootstrap() {
    }

    /** [lower, upper] of the 95 % interval of alpha, or null when alpha is undefined on most resamples. */
    public static double[] alphaInterval(Double[][] data, KrippendorffAlpha.Metric metric) {
        return interval(data, sample -> KrippendorffAlpha.alpha(sample, metric));
    }

    /** [lower, upper] of the 95 % interval of {@code statistic}, or null when it is undefined on most resamples. */
    public static double[] interval(Double[][] data, ToDoubleFunction<Double[][]> statistic) {
        int units = data.length == 0 ? 0 : data[0].length;
        if (units < 2) {
            return null;
        }
        SplittableRandom random = new SplittableRandom(SEED);
        double[] values = new double[SAMPLES];
        int defined = 0;
        Double[][] sample = new Double[data.length][units];
        for (int s = 0; s < SAMPLES; s++) {
            for (int u = 0; u < units; u++) {
                int pick = random.nextInt(units);
                for (int c = 0; c < data.length; c++) {
                    sample[c][u] = data[c][pick];
                }
            }
            double value = statistic.applyAsDouble(sample);
            if (!Double.isNaN(value)) {
                values[defined++] = value;
            }
        }
        if (defined < SAMPLES / 2) {
            return null;
        }
        double[] sorted = Arrays.copyOf(values, defined);
        Arrays.sort(sorted);
        return new double[] {sorted[(int) Math.floor(0.025 * (defined - 1))], sorted[(int) Math.ceil(0.975 * (defined - 1))]};
    }
}
