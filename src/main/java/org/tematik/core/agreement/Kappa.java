package org.tematik.core.agreement;

import java.util.HashMap;
import java.util.Map;

/**
 * Cohen's kappa (two coders) and Fleiss' kappa (any number of coders, the same number on every unit),
 * for nominal codes, plus percent agreement. Units where a coder gave no value are left out, as the
 * two kappas require complete data (Krippendorff's alpha is the measure that handles missing values).
 */
public final class Kappa {
    private Kappa() {
    }

    /** Cohen (1960): κ = (p_o − p_e) / (1 − p_e), p_e from each coder's own marginals. NaN when p_e = 1. */
    public static double cohen(Double[] a, Double[] b) {
        return cohen(a, b, null);
    }

    /** Cohen's kappa where unit u counts {@code weights[u]} times (null: once each). */
    public static double cohen(Double[] a, Double[] b, double[] weights) {
        Map<Double, Double> ma = new HashMap<>();
        Map<Double, Double> mb = new HashMap<>();
        double n = 0;
        double agree = 0;
        for (int u = 0; u < a.length; u++) {
            if (a[u] == null || b[u] == null) {
                continue;
            }
            double w = weight(weights, u);
            n += w;
            agree += a[u].equals(b[u]) ? w : 0;
            ma.merge(a[u], w, Double::sum);
            mb.merge(b[u], w, Double::sum);
        }
        if (n == 0) {
            return Double.NaN;
        }
        double po = agree / n;
        double pe = 0;
        for (Map.Entry<Double, Double> e : ma.entrySet()) {
            pe += (e.getValue() / n) * (mb.getOrDefault(e.getKey(), 0d) / n);
        }
        return pe == 1 ? Double.NaN : (po - pe) / (1 - pe);
    }

    /**
     * Fleiss (1971): counts[unit][category] = how many coders put the unit in the category; every unit
     * must have the same number of coders. NaN when chance agreement is 1.
     */
    public static double fleiss(int[][] counts) {
        return fleiss(counts, null);
    }

    /** Fleiss' kappa where unit u counts {@code weights[u]} times (null: once each). */
    public static double fleiss(int[][] counts, double[] weights) {
        int units = counts.length;
        if (units == 0) {
            return Double.NaN;
        }
        double totalWeight = 0;
        int raters = 0;
        for (int c : counts[0]) {
            raters += c;
        }
        int categories = counts[0].length;
        double[] p = new double[categories];
        double meanAgreement = 0;
        for (int u = 0; u < units; u++) {
            int[] row = counts[u];
            double w = weight(weights, u);
            totalWeight += w;
            double sumSquares = 0;
            for (int j = 0; j < categories; j++) {
                p[j] += w * row[j];
                sumSquares += (double) row[j] * row[j];
            }
            meanAgreement += w * (sumSquares - raters) / ((double) raters * (raters - 1));
        }
        meanAgreement /= totalWeight;
        double chance = 0;
        for (int j = 0; j < categories; j++) {
            p[j] /= totalWeight * raters;
            chance += p[j] * p[j];
        }
        return chance == 1 ? Double.NaN : (meanAgreement - chance) / (1 - chance);
    }

    /** The share of coder pairs, over all units, that gave the same value (units with ≥ 2 values). */
    public static double percentAgreement(Double[][] data) {
        return percentAgreement(data, null);
    }

    /** Percent agreement where unit u counts {@code weights[u]} times (null: once each). */
    public static double percentAgreement(Double[][] data, double[] weights) {
        double agreeing = 0;
        double pairs = 0;
        int units = data.length == 0 ? 0 : data[0].length;
        for (int u = 0; u < units; u++) {
            for (int i = 0; i < data.length; i++) {
                for (int j = i + 1; j < data.length; j++) {
                    if (data[i][u] != null && data[j][u] != null) {
                        double w = weight(weights, u);
                        pairs += w;
                        agreeing += data[i][u].equals(data[j][u]) ? w : 0;
                    }
                }
            }
        }
        return pairs == 0 ? Double.NaN : agreeing / pairs;
    }

    private static double weight(double[] weights, int unit) {
        return weights == null ? 1 : weights[unit];
    }
}
