package org.tematik.core.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.tematik.core.source.importer.ImportLimits;
import org.tematik.core.util.UserException;

/**
 * The files of a .qdpx (a zip with project.qde and sources/), or a bare .qde/.qdc XML file. Resolves the
 * source paths vendors write: {@code internal://x}, {@code relative://x}, plain names, and absolute paths
 * of the exporting machine (found by file name in sources/, else on this disk).
 */
final class QdpxArchive implements AutoCloseable {
    private static final int MAX_ENTRIES = 100_000;
    private final Path file;
    private final ZipFile zip;
    private final Map<String, byte[]> bare = new HashMap<>();
    private final Map<String, String> lowerNames = new HashMap<>();
    private final String qdeName;

    private QdpxArchive(Path file, ZipFile zip, String qdeName) {
        this.file = file;
        this.zip = zip;
        this.qdeName = qdeName;
    }

    static QdpxArchive open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserException("exchange.error.missing", file);
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        } catch (IOException e) {
            throw new UserException(e, "exchange.error.read", file, e.getMessage());
        }
        if (head.length < 4 || head[0] != 'P' || head[1] != 'K') {
            QdpxArchive plain = new QdpxArchive(file, null, "project.qde");
            try {
                plain.bare.put("project.qde", Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UserException(e, "exchange.error.read", file, e.getMessage());
            }
            return plain;
        }
        return openZip(file);
    }

    /** Only the names are read now; entries are read when asked for, so media files that are not imported cost nothing. */
    private static QdpxArchive openZip(Path file) {
        ZipFile zip = null;
        try {
            zip = new ZipFile(file.toFile());
            String qde = null;
            Map<String, String> names = new HashMap<>();
            int n = 0;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                if (++n > MAX_ENTRIES) {
                    throw new UserException("exchange.error.tooLarge", file.getFileName());
                }
                String name = entry.getName().replace('\\', '/');
                names.put(name.toLowerCase(Locale.ROOT), entry.getName());
                if (name.toLowerCase(Locale.ROOT).endsWith(".qde") && (qde == null || name.equalsIgnoreCase("project.qde"))) {
                    qde = entry.getName();
                }
            }
            if (qde == null) {
                throw new UserException("exchange.error.noQde", file.getFileName());
            }
            QdpxArchive archive = new QdpxArchive(file, zip, qde);
            archive.lowerNames.putAll(names);
            return archive;
        } catch (ZipException e) {
            closeQuietly(zip);
            throw new UserException(e, "exchange.error.notQdpx", file.getFileName());
        } catch (IOException e) {
            closeQuietly(zip);
            throw new UserException(e, "exchange.error.read", file, e.getMessage());
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    private static void closeQuietly(ZipFile zip) {
        if (zip != null) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // already failing
            }
        }
    }

    /** An entry's bytes, read with the import size limit (a zip bomb stops at the limit, not at the end of memory). */
    private byte[] entry(String name) {
        if (zip == null) {
            return bare.get(name);
        }
        long limit = ImportLimits.DEFAULT.maxFileBytes();
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            byte[] bytes = in.readNBytes((int) limit + 1);
            if (bytes.length > limit) {
                throw new UserException("exchange.error.tooLarge", file.getFileName());
            }
            return bytes;
        } catch (IOException e) {
            throw new UserException(e, "exchange.error.read", file, e.getMessage());
        }
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    byte[] qde() {
        return entry(qdeName);
    }

    String fileName() {
        return file.getFileName().toString();
    }

    /** The bytes a source path names, looked up the ways exporting tools write it; empty when nowhere. */
    Optional<byte[]> resolve(String path, String basePath) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        String p = path.strip().replace('\\', '/');
        String lower = p.toLowerCase(Locale.ROOT);
        for (String prefix : new String[] {"internal://", "relative://", "file:///", "file://"}) {
            if (lower.startsWith(prefix)) {
                p = p.substring(prefix.length());
                break;
            }
        }
        String name = p.substring(p.lastIndexOf('/') + 1);
        String unbraced = name.replace("{", "").replace("}", ""); // NVivo writes {GUID} in paths, not always in file names
        for (String candidate : new String[] {"sources/" + p, p, "sources/" + name, "sources/" + unbraced}) {
            String key = candidate.toLowerCase(Locale.ROOT);
            String actual = zip == null ? (this.bare.containsKey(candidate) ? candidate : null) : lowerNames.get(key);
            if (actual != null) {
                return Optional.of(entry(actual));
            }
        }
        return fromDisk(p, basePath);
    }

    /** An external source (NVivo may link files instead of embedding them): the base path, then beside the archive. */
    private Optional<byte[]> fromDisk(String p, String basePath) {
        try {
            Path asGiven = Path.of(p);
            Path[] tries = {
                asGiven.isAbsolute() ? asGiven : null,
                basePath == null || basePath.isBlank() ? null : Path.of(basePath).resolve(p),
                file.toAbsolutePath().getParent() == null ? null : file.toAbsolutePath().getParent().resolve(p)};
            for (Path t : tries) {
                if (t != null && Files.isRegularFile(t) && Files.size(t) <= ImportLimits.DEFAULT.maxFileBytes()) {
                    return Optional.of(Files.readAllBytes(t));
                }
            }
        } catch (InvalidPathException | IOException e) {
            // a path of another machine's file system: not found here
        }
        return Optional.empty();
    }
}
