package org.tematik.core.theme;

import java.util.List;

/**
 * A theme with the evidence behind it: its codes (and those of its sub-themes), the codings of those codes
 * in active sources ("coded segments"), and how many distinct sources and coders they come from.
 */
public record ThemeSummary(Theme theme, List<String> codes, int segments, int sources, int coders) {
    /** Default N for "thin": a theme on fewer coded segments than this is marked. */
    public static final int THIN_BELOW = 5;

    /** Rests on one source only: nothing to triangulate against. */
    public boolean singleSource() {
        return sources == 1;
    }

    /** Coded by one person only: no second reading of the data. */
    public boolean singleCoder() {
        return coders == 1;
    }

    public boolean thin(int below) {
        return segments < below;
    }
}
