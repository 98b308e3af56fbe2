package org.tematik.core.matrix;

import java.util.Locale;
import org.tematik.core.util.UserException;

/**
 * What the matrix columns are. Every dimension but the coder is a property of the source (a source in
 * several cases has several values); a source without a value (no method, no case, attribute not set)
 * goes to the "(no value)" column.
 */
public enum Dimension {
    SOURCE_TYPE("source-type"),
    METHOD("method"),
    /** A source in several cases counts in each. */
    CASE("case"),
    /** Keyed by id (two sources may share a name); shown by name. */
    SOURCE("source"),
    CODER("coder"),
    ATTRIBUTE("attribute");

    private final String id;

    Dimension(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Parses "source-type", "method", "case", "source", "coder" or "attribute:NAME". */
    public static MatrixSpec.Columns parse(String text) {
        String t = text == null ? "" : text.strip();
        int colon = t.indexOf(':');
        String head = (colon < 0 ? t : t.substring(0, colon)).toLowerCase(Locale.ROOT);
        for (Dimension d : values()) {
            if (d.id.equals(head)) {
                if (d == ATTRIBUTE) {
                    String name = colon < 0 ? "" : t.substring(colon + 1).strip();
                    if (name.isEmpty()) {
                        throw new UserException("matrix.error.attributeName");
                    }
                    return new MatrixSpec.Columns(d, name);
                }
                if (colon >= 0) {
                    break;
                }
                return new MatrixSpec.Columns(d, null);
            }
        }
        throw new UserException("matrix.error.columns", t);
    }
}
