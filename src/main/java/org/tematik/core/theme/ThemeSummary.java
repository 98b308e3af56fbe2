package org.tematik.core.theme;

import java.util.List;

/**
 * A theme with the evidence behind it: its codes (and those of its sub-themes), the codings of those codes
 * in active sources ("coded segments"), and how many distinct sources and coders they come from.
 */
public record ThemeSummary(Theme theme, List<String> codes, int segments, int sources, int coders) {
}
