package org.tematik.core.anonymise;

/** One row of a pseudonym table: a real name or place, what replaces it, and optionally what it is ("person", "place"). */
public record PseudonymEntry(String original, String pseudonym, String kind) {
}
