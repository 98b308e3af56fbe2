package org.tematik.core.source;

import org.tematik.core.source.importer.ImportLimits;

/**
 * How to import a batch: source type and method to record, a case to add the sources to (created if
 * new; null for none), the password of encrypted PDFs, how many files to read at once, and limits.
 */
public record ImportOptions(String sourceType, String method, String caseName, String password, int jobs, ImportLimits limits) {

    public static ImportOptions of(String sourceType, String method) {
        return new ImportOptions(sourceType, method, null, null, 1, ImportLimits.DEFAULT);
    }
}
