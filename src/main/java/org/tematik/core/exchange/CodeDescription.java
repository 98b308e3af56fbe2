package org.tematik.core.exchange;

/**
 * A code's definition, inclusion and exclusion criteria and example in one REFI-QDA Description (the
 * standard has one text field). Labelled paragraphs, so a person reads it in any tool and Tematik reads it back.
 */
final class CodeDescription {
    static final String INCLUSION = "Inclusion criteria: ";
    static final String EXCLUSION = "Exclusion criteria: ";
    static final String EXAMPLE = "Example: ";
    private static final String[] LABELS = {INCLUSION, EXCLUSION, EXAMPLE};

    record Parts(String definition, String inclusion, String exclusion, String example) {
    }

    private CodeDescription() {
    }

    static String compose(String definition, String inclusion, String exclusion, String example) {
        StringBuilder b = new StringBuilder(blankToEmpty(definition));
        append(b, INCLUSION, inclusion);
        append(b, EXCLUSION, exclusion);
        append(b, EXAMPLE, example);
        return b.length() == 0 ? null : b.toString();
    }

    private static void append(StringBuilder b, String label, String value) {
        if (value != null && !value.isBlank()) {
            b.append(b.length() == 0 ? "" : "\n\n").append(label).append(value);
        }
    }

    static Parts parse(String description) {
        if (description == null || description.isBlank()) {
            return new Parts(null, null, null, null);
        }
        String[] found = new String[LABELS.length];
        String rest = description;
        // labelled parts are appended in a fixed order, so cut them off from the end
        for (int i = LABELS.length - 1; i >= 0; i--) {
            int at = rest.lastIndexOf("\n\n" + LABELS[i]);
            int skip = 2;
            if (at < 0 && rest.startsWith(LABELS[i])) {
                at = 0;
                skip = 0;
            }
            if (at >= 0) {
                found[i] = rest.substring(at + skip + LABELS[i].length());
                rest = rest.substring(0, at);
            }
        }
        return new Parts(rest.isEmpty() ? null : rest, found[0], found[1], found[2]);
    }

    private static String blankToEmpty(String s) {
        return s == null || s.isBlank() ? "" : s;
    }
}
