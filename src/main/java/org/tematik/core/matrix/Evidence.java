package org.tematik.core.matrix;

import java.util.UUID;

/**
 * One coded segment behind a matrix cell: the row (code or theme) and the code actually applied, the
 * column value, where it is (source, code-point span, page and paragraph, 0 when the source has none),
 * who coded it, and the quote.
 */
public record Evidence(UUID rowId, String row, String code, String column, UUID sourceId, String source, int start, int end,
                       int page, int paragraph, String coder, String quote, UUID codingId) {
}
