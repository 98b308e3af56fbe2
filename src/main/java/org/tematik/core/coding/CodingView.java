package org.tematik.core.coding;

/** A coding with the names and quote people read: what `codings list` and the viewer show. */
public record CodingView(Coding coding, String sourceName, String codeName, String codeColor, String text, String memo,
                         int page, int paragraph) {
}
