package org.tematik.core.source;

import java.util.Optional;

/**
 * Where imported files are kept byte for byte, named by SHA-256 (plus extension), so an auditor can
 * re-check a quote against the original. A project folder keeps them as files in sources/
 * ({@link FileOriginals}); a team project on a server keeps them in its database ({@link DatabaseOriginals}),
 * so every client sees the same originals. Both give the same reference, "sources/NAME", which is
 * what sources.original_file holds, so a project moves between the two unchanged.
 */
public interface OriginalStore {
    String PREFIX = "sources/";

    /** Keeps the bytes under {@code fileName} unless already kept; returns the reference to store with the source. */
    String store(String fileName, byte[] bytes);

    /** The stored bytes of a reference (as stored: sealed in an encrypted project). */
    Optional<byte[]> read(String reference);

    static String fileName(String reference) {
        return reference.startsWith(PREFIX) ? reference.substring(PREFIX.length()) : reference;
    }
}
