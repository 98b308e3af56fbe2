package org.tematik.core.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.tematik.core.history.CommandStack;
import org.tematik.core.source.importer.ExtractedText;
import org.tematik.core.source.importer.Importer;
import org.tematik.core.source.importer.Importers;
import org.tematik.core.storage.SourceDao;
import org.tematik.core.util.CodePoints;
import org.tematik.core.util.Hashing;
import org.tematik.core.util.UserException;

/** Imports files as sources, lists them, and finds them by id or name. */
public final class SourceService {
    /** Far above any transcript; stops a mislabelled disk image from being read into memory. */
    public static final long MAX_FILE_BYTES = 200L * 1024 * 1024;
    public static final String DEFAULT_SOURCE_TYPE = "other";

    private final Jdbi jdbi;
    private final CommandStack stack;
    private final Path originalsDir;
    private final String coder;
    private final Importers importers;
    private final SourceTexts texts;

    public SourceService(Jdbi jdbi, CommandStack stack, Path originalsDir, String coder, Importers importers, SourceTexts texts) {
        this.jdbi = jdbi;
        this.stack = stack;
        this.originalsDir = originalsDir;
        this.coder = coder;
        this.importers = importers;
        this.texts = texts;
    }

    /** Imports each file in its own transaction: one bad file is reported, the others still go in. */
    public List<ImportOutcome> importFiles(List<Path> files, String sourceType, String method) {
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            try {
                outcomes.add(importFile(file, sourceType, method));
            } catch (UserException e) {
                outcomes.add(ImportOutcome.failed(file, e.getMessage()));
            }
        }
        return outcomes;
    }

    public ImportOutcome importFile(Path file, String sourceType, String method) {
        byte[] bytes = readChecked(file);
        String sha = Hashing.sha256(bytes);
        var existing = jdbi.withExtension(SourceDao.class, dao -> dao.findActiveBySha(sha));
        if (existing.isPresent()) {
            return ImportOutcome.duplicate(file, existing.get());
        }
        Importer importer = importers.forFile(file)
                .orElseThrow(() -> new UserException("import.error.unsupported", file.getFileName(), importers.supported()));
        ExtractedText extracted = importer.extract(file, bytes);
        if (extracted.text().isBlank()) {
            throw new UserException("import.error.empty", file.getFileName());
        }
        String stored = storeOriginal(file, sha, bytes);
        String name = stripExtension(file.getFileName().toString());
        Source source = new Source(UUID.randomUUID(), name, sha, CodePoints.count(extracted.text()),
                normalise(sourceType, DEFAULT_SOURCE_TYPE), normalise(method, null), extracted.importer(), stored,
                file.getFileName().toString(), bytes.length, extracted.encoding(), null, coder);
        stack.execute(new ImportSource(source, extracted.text()), coder);
        return ImportOutcome.imported(file, find(source.id()));
    }

    public List<Source> list() {
        return jdbi.withExtension(SourceDao.class, SourceDao::listActive);
    }

    /** A source by its id, or by its name (ignoring case) when that is unique. */
    public Source resolve(String ref) {
        String wanted = ref == null ? "" : ref.strip();
        try {
            UUID id = UUID.fromString(wanted);
            var byId = jdbi.withExtension(SourceDao.class, dao -> dao.findActive(id));
            if (byId.isPresent()) {
                return byId.get();
            }
        } catch (IllegalArgumentException notAnId) {
            // fall through to the name
        }
        List<Source> byName = jdbi.withExtension(SourceDao.class, dao -> dao.findActiveByName(wanted));
        if (byName.size() == 1) {
            return byName.get(0);
        }
        if (byName.isEmpty()) {
            throw new UserException("source.error.unknown", wanted);
        }
        throw new UserException("source.error.ambiguous", wanted);
    }

    public String text(UUID sourceId) {
        return codePoints(sourceId).text();
    }

    public CodePoints codePoints(UUID sourceId) {
        return texts.get(sourceId, id -> jdbi.withExtension(SourceDao.class, dao -> dao.contentOf(id)));
    }

    public Path originalsDir() {
        return originalsDir;
    }

    private Source find(UUID id) {
        return jdbi.withExtension(SourceDao.class, dao -> dao.find(id)).orElseThrow();
    }

    private static byte[] readChecked(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new UserException("import.error.directory", file);
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new UserException("import.error.tooLarge", file.getFileName(), MAX_FILE_BYTES / (1024 * 1024));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserException("import.error.missing", file);
        } catch (IOException e) {
            throw new UserException(e, "import.error.unreadable", file, e.getMessage());
        }
    }

    /** Originals are kept byte for byte, named by SHA-256, so an auditor can re-check any quote. */
    private String storeOriginal(Path file, String sha, byte[] bytes) {
        String ext = Importers.extension(file);
        String fileName = ext.isEmpty() ? sha : sha + "." + ext;
        Path target = originalsDir.resolve(fileName);
        try {
            Files.createDirectories(originalsDir);
            if (!Files.exists(target)) {
                Path tmp = Files.createTempFile(originalsDir, sha, ".part");
                Files.write(tmp, bytes);
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UserException(e, "import.error.store", file.getFileName(), originalsDir, e.getMessage());
        }
        return originalsDir.getFileName() + "/" + fileName;
    }

    private static String normalise(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip().toLowerCase(Locale.ROOT);
    }

    private static String stripExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
