package org.tematik.core.agreement;

import java.util.List;

/**
 * Agreement between coders: per code and overall. {@code kappa} is Cohen's for two coders and Fleiss'
 * for more; alpha is Krippendorff's nominal alpha; both with a 95 % bootstrap interval (null when undefined).
 * {@code method} says in words how it was computed, for a methods chapter.
 */
public record AgreementReport(List<String> coders, String unit, List<String> sources, List<Row> codes, Row overall,
                              String kappaName, String method, List<DataRow> data) {

    /** One compared value set: a code, a unit (source, number within it, code-point span) and each coder's 0/1. */
    public record DataRow(java.util.UUID codeId, String code, java.util.UUID sourceId, String source, int unit,
                          int start, int end, int[] values) {
        /** Whether the coders gave different values here. */
        public boolean disagrees() {
            for (int v : values) {
                if (v != values[0]) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The units where coders differ, for the side-by-side review. */
    public List<DataRow> disagreements() {
        return data.stream().filter(DataRow::disagrees).toList();
    }

    /**
     * {@code units} counts characters for the character unit. The intervals are 95 % bootstrap intervals,
     * null where there is none (too few units, or characters, whose neighbours are not independent).
     * {@code unitizedAlpha} is Krippendorff's |uα on the coded stretches themselves, whatever the unit.
     */
    public record Row(String code, long units, double percentAgreement, double kappa, double alpha,
                      double[] kappaInterval, double[] alphaInterval, double unitizedAlpha) {
    }
}
