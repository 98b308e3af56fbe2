package org.tematik.core.matrix;

import java.util.Locale;
import org.tematik.core.util.UserException;

/**
 * What the matrix columns are. Each dimension is an SQL join plus a value expression; a NULL value is a
 * coding whose source has no value there (no method, no case, attribute not set): the "(no value)" column.
 */
public enum Dimension {
    SOURCE_TYPE("source-type", "", "s.source_type"),
    METHOD("method", "", "s.method"),
    /** A source in several cases counts in each. */
    CASE("case", "LEFT JOIN case_sources cs ON cs.source_id = g.source_id LEFT JOIN cases k ON k.id = cs.case_id", "k.name"),
    /** Keyed by id (two sources may share a name); the service shows names. */
    SOURCE("source", "", "CAST(s.id AS VARCHAR(36))"),
    CODER("coder", "JOIN coders d ON d.id = g.coder_id", "d.name"),
    ATTRIBUTE("attribute", null, "v.val");

    /** An attribute value as text, whichever typed column holds it. */
    static final String VALUE = "COALESCE(av.value_text, CAST(av.value_number AS VARCHAR(60)), CAST(av.value_date AS VARCHAR(20)))";

    private final String id;
    private final String join;
    private final String column;

    Dimension(String id, String join, String column) {
        this.id = id;
        this.join = join;
        this.column = column;
    }

    public String id() {
        return id;
    }

    String join() {
        return join;
    }

    String column() {
        return column;
    }

    /** The join for an attribute: on the source itself, or on the cases the source belongs to. */
    static String attributeJoin(java.util.UUID attributeId, boolean onCases) {
        String id = "'" + attributeId + "'"; // a UUID read from the database, never user text
        return onCases
                ? "LEFT JOIN (SELECT DISTINCT cs.source_id, " + VALUE + " AS val FROM case_sources cs JOIN attribute_values av "
                        + "ON av.owner_id = cs.case_id AND av.attribute_id = " + id + ") v ON v.source_id = g.source_id"
                : "LEFT JOIN (SELECT av.owner_id AS source_id, " + VALUE + " AS val FROM attribute_values av "
                        + "WHERE av.attribute_id = " + id + ") v ON v.source_id = g.source_id";
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
