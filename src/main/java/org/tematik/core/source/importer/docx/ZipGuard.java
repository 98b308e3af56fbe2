package org.tematik.core.source.importer.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.util.ZipArchiveFakeEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.tematik.core.source.importer.ImportLimits;
import org.tematik.core.util.UserException;

/**
 * Keeps zip bombs out, in two lines.
 *
 * <p>First, before POI sees the file, {@link #check} streams through the archive once, inflating
 * into a small buffer and keeping nothing: it refuses the file as soon as one entry inflates to
 * more than 1/minInflateRatio times its compressed size (after the first 100 KB, as POI does), the
 * entries together unpack to more than maxUnpackedBytes, or there are more than 10,000 entries.
 * Memory stays at one buffer whatever the archive claims. An archive this scan cannot parse is left
 * to POI, which says whether it is damaged.
 *
 * <p>Second, POI's own checks ({@link ZipSecureFile}, {@link ZipArchiveFakeEntry}) are set to the
 * same limits by {@link #configurePoi}. They are static, global settings: this is the one place that
 * sets them, to the limits of the request at hand (the same for all files of a batch). Their
 * "Zip bomb detected" errors become the same message as ours ({@link DocxImporter}).
 */
final class ZipGuard {
    /** Ratio checks start once an entry has inflated this far (small entries may compress well). */
    static final long GRACE_BYTES = 100 * 1024;
    static final int MAX_ENTRIES = 10_000;

    private ZipGuard() {
    }

    static void check(byte[] bytes, ImportLimits limits, String fileName) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int entries = 0;
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes), "UTF-8", true, true)) {
            ZipArchiveEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new UserException("import.docx.zipBomb", fileName);
                }
                if (entry.isDirectory() || !zip.canReadEntryData(entry)) {
                    continue;
                }
                long inflated = 0;
                int n;
                while ((n = zip.read(buffer, 0, buffer.length)) > 0) {
                    inflated += n;
                    total += n;
                    if (total > limits.maxUnpackedBytes()) {
                        throw new UserException("import.docx.unpackedTooLarge", fileName, limits.maxUnpackedBytes() >> 20);
                    }
                    if (inflated > GRACE_BYTES) {
                        long compressed = zip.getCompressedCount(); // -1 for methods that do not tell
                        if (compressed >= 0 && (double) compressed / inflated < limits.minInflateRatio()) {
                            throw new UserException("import.docx.zipBomb", fileName);
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof UserException u) {
                throw u;
            }
            // not for this scan to judge: POI reports a damaged file in its own words
        }
    }

    /** Sets POI's global zip limits to these; cheap, so done before every DOCX. */
    static synchronized void configurePoi(ImportLimits limits) {
        if (ZipSecureFile.getMinInflateRatio() != limits.minInflateRatio()) {
            ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        }
        long maxEntry = Math.min(limits.maxUnpackedBytes(), 0xFFFFFFFFL);
        if (ZipSecureFile.getMaxEntrySize() != maxEntry) {
            ZipSecureFile.setMaxEntrySize(maxEntry);
        }
        int maxInMemory = (int) Math.min(limits.maxUnpackedBytes(), Integer.MAX_VALUE - 64L);
        if (ZipArchiveFakeEntry.getMaxEntrySize() != maxInMemory) {
            ZipArchiveFakeEntry.setMaxEntrySize(maxInMemory);
        }
    }
}
