package org.tematik.core.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Krippendorff's alpha for unitizing (|uα), for one code: how well coders agree on where the coded
 * stretches of a continuum begin and end, without fixed units. Krippendorff, K. (1995), On the
 * reliability of unitizing continuous data, Sociological Methodology 25, 47-76; and Content Analysis
 * (2004, 2nd ed.), pp. 251-256. Each source is a continuum of its characters; a coder's stretches
 * within one source must not overlap (callers merge them).
 */
public final class UnitizedAlpha {
    private UnitizedAlpha() {
    }

    /** One source as seen by the coders: its length and, per coder, its coded stretches [start, end), sorted. */
    public record Continuum(int length, List<List<int[]>> stretchesByCoder) {
    }

    /** Observed and expected disagreement; several codes pool as 1 - ΣD_o / ΣD_e. */
    public record Disagreement(double observed, double expected) {
        public double alpha() {
            return expected == 0 ? Double.NaN : 1 - observed / expected;
        }
    }

    record Segment(int start, int end, boolean coded) {
        int length() {
            return end - start;
        }
    }

    public static Disagreement of(List<Continuum> continua, int coders) {
        double totalLength = continua.stream().mapToDouble(Continuum::length).sum();
        if (coders < 2 || totalLength == 0) {
            return new Disagreement(0, 0);
        }
        double observed = 0;
        List<Integer> units = new ArrayList<>();
        List<Integer> gaps = new ArrayList<>();
        for (Continuum c : continua) {
            List<List<Segment>> segmented = new ArrayList<>();
            for (List<int[]> stretches : c.stretchesByCoder()) {
                List<Segment> segments = segments(c.length(), stretches);
                segments.forEach(s -> (s.coded() ? units : gaps).add(s.length()));
                segmented.add(segments);
            }
            for (int i = 0; i < coders; i++) {
                for (int j = i + 1; j < coders; j++) {
                    observed += 2 * pairDistance(segmented.get(i), segmented.get(j));
                }
            }
        }
        observed /= coders * (coders - 1.0) * totalLength * totalLength;
        return new Disagreement(observed, expected(units, gaps, coders, totalLength));
    }

    /** The continuum cut into the coder's stretches and the gaps between them. */
    private static List<Segment> segments(int length, List<int[]> stretches) {
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (int[] s : stretches) {
            if (s[0] > at) {
                segments.add(new Segment(at, s[0], false));
            }
            segments.add(new Segment(s[0], s[1], true));
            at = s[1];
        }
        if (at < length) {
            segments.add(new Segment(at, length, false));
        }
        return segments;
    }

    /** Sum of δ² over the overlapping segment pairs of two coders, found by walking both in step. */
    private static double pairDistance(List<Segment> a, List<Segment> b) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            Segment g = a.get(i);
            Segment h = b.get(j);
            sum += distance(g, h);
            if (g.end() <= h.end()) {
                i++;
            }
            if (h.end() <= g.end()) {
                j++;
            }
        }
        return sum;
    }

    /**
     * δ² of two overlapping segments: for two coded stretches the squared differences of their starts and
     * of their ends; a coded stretch lying wholly inside the other coder's gap counts its squared length.
     */
    static double distance(Segment g, Segment h) {
        if (g.coded() && h.coded()) {
            double begins = g.start() - h.start();
            double ends = g.end() - h.end();
            return begins * begins + ends * ends;
        }
        if (g.coded() && h.start() <= g.start() && g.end() <= h.end()) {
            return (double) g.length() * g.length();
        }
        if (h.coded() && g.start() <= h.start() && h.end() <= g.end()) {
            return (double) h.length() * h.length();
        }
        return 0;
    }

    /** D_e: the disagreement expected if every coder's stretches and gaps were placed anywhere at random. */
    private static double expected(List<Integer> units, List<Integer> gaps, int coders, double totalLength) {
        if (units.isEmpty()) {
            return 0;
        }
        int[] sortedGaps = gaps.stream().mapToInt(Integer::intValue).sorted().toArray();
        double[] suffix = new double[sortedGaps.length + 1]; // suffix[k] = Σ gaps[k..]
        for (int k = sortedGaps.length - 1; k >= 0; k--) {
            suffix[k] = suffix[k + 1] + sortedGaps[k];
        }
        double n = units.size();
        double sum = 0;
        double selfPairs = 0;
        for (int unit : units) {
            double l = unit;
            int from = firstAtLeast(sortedGaps, unit);
            double fitting = suffix[from] - (sortedGaps.length - from) * (l - 1); // Σ over gaps ≥ l of (gap - l + 1)
            sum += (n - 1) * (2 * l * l * l - 3 * l * l + l) / 3 + l * l * fitting;
            selfPairs += l * (l - 1);
        }
        double mL = coders * totalLength;
        return (2 / totalLength) * sum / (mL * (mL - 1) - selfPairs);
    }

    private static int firstAtLeast(int[] sorted, int value) {
        int k = Arrays.binarySearch(sorted, value);
        if (k < 0) {
            return -k - 1;
        }
        while (k > 0 && sorted[k - 1] == value) {
            k--;
        }
        return k;
    }
}
