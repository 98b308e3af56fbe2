package org.tematik.core.codebook;

import java.util.List;

/** Default colours for new codes: distinct, readable as highlights on white, colour-blind aware (Okabe–Ito plus tints). */
public final class CodePalette {
    private static final List<String> COLORS = List.of(
            "#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7",
            "#999999", "#8dd3c7", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#bc80bd");

    private CodePalette() {
    }

    public static String forIndex(int n) {
        return COLORS.get(Math.floorMod(n, COLORS.size()));
    }
}
