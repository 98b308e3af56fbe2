package org.tematik.ui.importing;

/** One line of the import result table: the file, what happened, and the detail (source name or reason). */
public record ImportRow(String file, String status, String detail) {
}
