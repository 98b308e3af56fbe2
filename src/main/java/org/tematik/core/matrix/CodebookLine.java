package org.tematik.core.matrix;

/** A code as the matrix exports list it: path, definition, codings and distinct sources. */
public record CodebookLine(String path, String definition, int segments, int sources) {
}
