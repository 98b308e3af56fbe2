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
final class QdpxArchive {
    private static final int MAX_ENTRIES = 100_000;
    private final Path file;
    private final Map<String, byte[]> entries = new HashMap<>();
    private final Map<String, String> lowerNames = new HashMap<>();
    private final String qdeName;

    private QdpxArchive(Path file, String qdeName) {
        this.file = file;
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
            QdpxArchive bare = new QdpxArchive(file, "project.qde");
            try {
                bare.put("project.qde", Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UserException(e, "exchange.error.read", file, e.getMessage());
            }
            return bare;
        }
        return readZip(file);
    }

    private static QdpxArchive readZip(Path file) {
        long budget = ImportLimits.DEFAULT.maxUnpackedBytes();
        Map<String, byte[]> read = new HashMap<>();
        String qde = null;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            int n = 0;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                if (++n > MAX_ENTRIES) {
                    throw new UserException("exchange.error.tooLarge", file.getFileName());
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, budget + 1));
                    budget -= bytes.length;
                    if (budget < 0) {
                        throw new UserException("exchange.error.tooLarge", file.getFileName());
                    }
                    String name = entry.getName().replace('\\', '/');
                    read.put(name, bytes);
                    if (name.toLowerCase(Locale.ROOT).endsWith(".qde") && (qde == null || name.equalsIgnoreCase("project.qde"))) {
                        qde = name;
                    }
                }
            }
        } catch (ZipException e) {
            throw new UserException(e, "exchange.error.notQdpx", file.getFileName());
        } catch (IOException e) {
            throw new UserException(e, "exchange.error.read", file, e.getMessage());
        }
        if (qde == null) {
            throw new UserException("exchange.error.noQde", file.getFileName());
        }
        QdpxArchive archive = new QdpxArchive(file, qde);
        read.forEach(archive::put);
        return archive;
    }

    private void put(String name, byte[] bytes) {
        entries.put(name, bytes);
        lowerNames.put(name.toLowerCase(Locale.ROOT), name);
    }

    byte[] qde() {
        return entries.get(qdeName);
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
        String bare = name.replace("{", "").replace("}", ""); // NVivo writes {GUID} in paths, not always in file names
        for (String candidate : new String[] {"sources/" + p, p, "sources/" + name, "sources/" + bare}) {
            String actual = lowerNames.get(candidate.toLowerCase(Locale.ROOT));
            if (actual != null) {
                return Optional.of(entries.get(actual));
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
