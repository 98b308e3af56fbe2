package org.tematik.core.source.importer.pdf;

/**
 * One run of text on one baseline, as read from a page: a whole printed line, or one cell of it when
 * wide gaps split it (table cells, or two columns drawn line by line). Coordinates are PDF points from
 * the top left of the page, as PDFBox's direction-adjusted {@code TextPosition}s give them; {@code em}
 * is the font size in points. {@code seq} is the position in the page's content stream order.
 */
record TextLine(String text, float x0, float x1, float top, float baseline, float em, boolean bold, int seq) {

    float width() {
        return x1 - x0;
    }
}
