package org.tematik.core.source.importer;

/**
 * Bounds that keep a hostile or broken file from exhausting memory: the largest file read, and for
 * zipped formats (DOCX) the largest total unpacked size and the smallest compression ratio (zip bombs).
 */
public record ImportLimits(long maxFileBytes, long maxUnpackedBytes, double minInflateRatio) {
    public static final ImportLimits DEFAULT = new ImportLimits(200L << 20, 1L << 30, 0.01);

    public ImportLimits withMaxFileBytes(long bytes) {
        return new ImportLimits(bytes, maxUnpackedBytes, minInflateRatio);
    }
}
