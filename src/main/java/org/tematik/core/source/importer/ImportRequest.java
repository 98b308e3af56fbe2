package org.tematik.core.source.importer;

import java.nio.file.Path;

/** One file to read: its bytes (already read and size-checked), the password for an encrypted PDF, and limits. */
public record ImportRequest(Path file, byte[] bytes, String password, ImportLimits limits) {
    public String fileName() {
        return file.getFileName().toString();
    }
}
