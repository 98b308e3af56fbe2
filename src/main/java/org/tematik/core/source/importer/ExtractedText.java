package org.tematik.core.source.importer;

/** The text an importer read from a file, and how it read it (for the source's record). */
public record ExtractedText(String text, String importer, String encoding) {
}
