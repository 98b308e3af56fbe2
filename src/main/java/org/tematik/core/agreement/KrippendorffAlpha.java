package org.tematik.core.agreement;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * Krippendorff's alpha for reliability data: coders × units, null where a coder gave no value.
 * Follows Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": values are paired within
 * each unit coded by at least two coders (each pair weighted 1/(m_u - 1)) into a coincidence matrix;
 * alpha = 1 - D_o / D_e with the difference function of the chosen metric.
 */
public final class KrippendorffAlpha {

    public enum Metric { NOMINAL, ORDINAL, INTERVAL, RATIO }

    private KrippendorffAlpha() {
    }

    /** Alpha, or NaN when there is nothing to compare (fewer than two pairable values, or no variation). */
    public static double alpha(Double[][] data, Metric metric) {
        return alpha(data, null, metric);
    }

    /**
     * Alpha where unit u stands for {@code weights[u]} identical units (null: every unit once), so a run of
     * characters with the same values is counted by its length without a unit per character.
     */
    public static double alpha(Double[][] data, double[] weights, Metric metric) {
        double[] values = distinctValues(data);
        int v = values.length;
        double[][] o = coincidences(data, weights, values);
        double[] marginals = new double[v];
        double n = 0;
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                marginals[c] += o[c][k];
            }
            n += marginals[c];
        }
        if (n < 2) {
            return Double.NaN;
        }
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                double d = difference(metric, values, marginals, c, k);
                observed += o[c][k] * d;
                expected += marginals[c] * marginals[k] * d;
            }
        }
        if (expected == 0) {
            return Double.NaN;
        }
        return 1 - (n - 1) * observed / expected;
    }

    static double[] distinctValues(Double[][] data) {
        TreeSet<Double> all = new TreeSet<>();
        for (Double[] coder : data) {
            for (Double value : coder) {
                if (value != null) {
                    all.add(value);
                }
            }
        }
        return all.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[][] coincidences(Double[][] data, double[] weights, double[] values) {
        int units = data.length == 0 ? 0 : data[0].length;
        double[][] o = new double[values.length][values.length];
        for (int u = 0; u < units; u++) {
            int[] present = new int[data.length];
            int m = 0;
            for (Double[] coder : data) {
                if (coder[u] != null) {
                    present[m++] = Arrays.binarySearch(values, coder[u]);
                }
            }
            if (m < 2) {
                continue; // a unit one coder coded cannot be compared
            }
            double share = (weights == null ? 1 : weights[u]) / (m - 1);
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    if (i != j) {
                        o[present[i]][present[j]] += share;
                    }
                }
            }
        }
        return o;
    }

    /** The squared difference δ² of values c and k (indexes into the sorted distinct values). */
    private static double difference(Metric metric, double[] values, double[] marginals, int c, int k) {
        if (c == k) {
            return 0;
        }
        return switch (metric) {
            case NOMINAL -> 1;
            case INTERVAL -> Math.pow(values[c] - values[k], 2);
            case RATIO -> Math.pow((values[c] - values[k]) / (values[c] + values[k]), 2);
            case ORDINAL -> {
                int lo = Math.min(c, k);
                int hi = Math.max(c, k);
                double sum = 0;
                for (int g = lo; g <= hi; g++) {
                    sum += marginals[g];
                }
                yield Math.pow(sum - (marginals[c] + marginals[k]) / 2, 2);
            }
        };
    }
}
