package org.tematik.core.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.tematik.core.history.CommandStack;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tematik.core.casebook.CasebookService;
import org.tematik.core.i18n.Messages;
import org.tematik.core.source.importer.ExtractedDocument;
import org.tematik.core.source.importer.ImportLimits;
import org.tematik.core.source.importer.ImportRequest;
import org.tematik.core.source.importer.Importers;
import org.tematik.core.storage.SourceDao;
import org.tematik.core.storage.StructureDao;
import org.tematik.core.util.CodePoints;
import org.tematik.core.util.Hashing;
import org.tematik.core.util.UserException;

/** Imports files as sources, lists them, and finds them by id or name. */
public final class SourceService {
    private static final Logger LOG = LoggerFactory.getLogger(SourceService.class);
    public static final String DEFAULT_SOURCE_TYPE = "other";

    private final Jdbi jdbi;
    private final CommandStack stack;
    private final OriginalStore originals;
    private final String coder;
    private final Importers importers;
    private final SourceTexts texts;
    private final CasebookService casebook;
    private volatile Consumer<UUID> onImported = id -> { };
    private final java.util.Map<UUID, SourceStructure> structures = new java.util.concurrent.ConcurrentHashMap<>();

    public SourceService(Jdbi jdbi, CommandStack stack, Path originalsDir, String coder, Importers importers, SourceTexts texts,
                         CasebookService casebook) {
        this(jdbi, stack, originalsDir, coder, importers, texts, casebook, java.util.function.UnaryOperator.identity());
    }

    public SourceService(Jdbi jdbi, CommandStack stack, Path originalsDir, String coder, Importers importers, SourceTexts texts,
                         CasebookService casebook, java.util.function.UnaryOperator<byte[]> sealOriginal) {
        this(jdbi, stack, new FileOriginals(originalsDir, sealOriginal), coder, importers, texts, casebook);
    }

    public SourceService(Jdbi jdbi, CommandStack stack, OriginalStore originals, String coder, Importers importers,
                         SourceTexts texts, CasebookService casebook) {
        this.casebook = casebook;
        this.jdbi = jdbi;
        this.stack = stack;
        this.originals = originals;
        this.coder = coder;
        this.importers = importers;
        this.texts = texts;
    }

    /**
     * The files an import of these paths means: files as given, and for each folder the files in it
     * (and below it, when {@code recursive}) whose names Tematik imports, skipping hidden ones, in path order.
     */
    public List<Path> collectFiles(List<Path> paths, boolean recursive) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.isDirectory(p)) {
                out.add(p);
                continue;
            }
            try (var found = recursive ? Files.walk(p) : Files.list(p)) {
                found.filter(Files::isRegularFile)
                        .filter(f -> !f.getFileName().toString().startsWith("."))
                        .filter(importers::supportsName)
                        .sorted()
                        .forEach(out::add);
            } catch (IOException e) {
                out.add(p); // reported as unreadable by the import itself
            }
        }
        return out;
    }

    /** Imports each file in its own transaction: one bad file is reported, the others still go in. */
    public List<ImportOutcome> importFiles(List<Path> files, String sourceType, String method) {
        return importFiles(files, ImportOptions.of(sourceType, method), outcome -> { }, () -> false);
    }

    /**
     * Imports files, reading and parsing up to {@code options.jobs()} of them at once; the database
     * writes stay one at a time. {@code listener} hears about each file as it finishes (from worker
     * threads, one call at a time). Files not started when {@code cancelled} turns true are reported
     * as cancelled. Outcomes come back in the order of {@code files}.
     */
    public List<ImportOutcome> importFiles(List<Path> files, ImportOptions options, Consumer<ImportOutcome> listener,
                                           BooleanSupplier cancelled) {
        if (options.caseName() != null && !files.isEmpty()) {
            casebook.findOrCreate(options.caseName()); // once, before parallel files race to create it
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(options.jobs(), files.size())), r -> {
            Thread t = new Thread(r, "tematik-import");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ImportOutcome>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    ImportOutcome outcome = cancelled.getAsBoolean() ? ImportOutcome.cancelled(file) : importSafely(file, options);
                    synchronized (listener) {
                        listener.accept(outcome);
                    }
                    return outcome;
                }));
            }
            List<ImportOutcome> outcomes = new ArrayList<>();
            for (Future<ImportOutcome> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private ImportOutcome importSafely(Path file, ImportOptions options) {
        try {
            return importFile(file, options);
        } catch (UserException e) {
            return ImportOutcome.failed(file, e.getMessage(), e.key());
        } catch (RuntimeException | OutOfMemoryError e) {
            // a library choking on a hostile file must not stop the batch; the log keeps the details
            LOG.error("import of {} failed", file, e);
            return ImportOutcome.failed(file, Messages.tr("import.error.unreadable", file.getFileName(), e.toString()), null);
        }
    }

    public ImportOutcome importFile(Path file, String sourceType, String method) {
        return importFile(file, ImportOptions.of(sourceType, method));
    }

    public ImportOutcome importFile(Path file, ImportOptions options) {
        byte[] bytes = readChecked(file, options.limits());
        String sha = Hashing.sha256(bytes);
        var existing = jdbi.withExtension(SourceDao.class, dao -> dao.findActiveBySha(sha));
        if (existing.isPresent()) {
            return ImportOutcome.duplicate(file, existing.get());
        }
        ImportRequest request = new ImportRequest(file, bytes, options.password(), options.limits());
        ExtractedDocument extracted = importers.choose(request).extract(request);
        if (!extracted.hasText()) {
            throw new UserException("import.error.empty", file.getFileName());
        }
        TextAssembler.Assembled assembled = TextAssembler.assemble(extracted);
        String stored = storeOriginal(file, sha, bytes);
        String name = stripExtension(file.getFileName().toString());
        Source source = new Source(UUID.randomUUID(), name, sha, CodePoints.count(assembled.text()),
                normalise(options.sourceType(), DEFAULT_SOURCE_TYPE), normalise(options.method(), null), extracted.importer(),
                stored, file.getFileName().toString(), bytes.length, extracted.detail(), null, coder,
                extracted.pageCount(), assembled.structure().paragraphs().size(),
                extracted.notes().isEmpty() ? null : String.join("\n", extracted.notes()));
        try {
            stack.execute(new ImportSource(source, assembled.text(), assembled.structure()), coder);
        } catch (UserException e) {
            if ("import.error.duplicate".equals(e.key())) { // an identical file of the same batch got in first
                return ImportOutcome.duplicate(file, jdbi.withExtension(SourceDao.class, dao -> dao.findActiveBySha(sha)).orElseThrow());
            }
            throw e;
        }
        if (options.caseName() != null) {
            casebook.assign(casebook.findOrCreate(options.caseName()).id(), source.id());
        }
        onImported.accept(source.id());
        return ImportOutcome.imported(file, find(source.id()));
    }

    /** Hears about each newly imported source, after its transaction committed (the search index adds it). */
    public void onImported(Consumer<UUID> listener) {
        this.onImported = listener;
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

    private static final int PRELOAD_CHUNK = 1_000;

    /** Reads the texts of these sources that are not cached yet, many a query: a matrix export quotes them all. */
    public void preload(List<UUID> sourceIds) {
        // a thousand ids a query: PostgreSQL takes at most 65,535 bound parameters in one statement
        for (int from = 0; from < sourceIds.size(); from += PRELOAD_CHUNK) {
            texts.loadMissing(sourceIds.subList(from, Math.min(sourceIds.size(), from + PRELOAD_CHUNK)), ids -> {
                Map<UUID, String> read = new HashMap<>();
                jdbi.withExtension(SourceDao.class, dao -> dao.contents(ids)).forEach(t -> read.put(t.sourceId(), t.content()));
                return read;
            });
        }
    }

    /** Drops the cached texts and structures: a new source version (anonymisation, or its undo) replaced them. */
    public void forgetCached() {
        structures.clear();
        texts.clear();
    }

    /** Pages, paragraphs, speaker turns and annotations of a source (cached: they never change). */
    public SourceStructure structure(UUID sourceId) {
        return structures.computeIfAbsent(sourceId, id -> jdbi.withExtension(StructureDao.class, dao ->
                new SourceStructure(dao.paragraphs(id), dao.pages(id), dao.turns(id), dao.annotations(id))));
    }

    /** The text of page {@code number} (from 1) of a source with pages. */
    public String pageText(UUID sourceId, int number) {
        SourceStructure structure = structure(sourceId);
        Source source = find(sourceId);
        if (structure.pages().isEmpty()) {
            throw new UserException("source.error.noPages", source.name());
        }
        if (number < 1 || number > structure.pages().size()) {
            throw new UserException("source.error.noSuchPage", source.name(), number, structure.pages().size());
        }
        SourceStructure.Page page = structure.pages().get(number - 1);
        return codePoints(sourceId).substring(page.start(), page.end());
    }

    /** Where a code-point offset lies: page and paragraph numbers, 0 where the source has none. */
    public Location locate(UUID sourceId, int offset) {
        List<SourceStructure.Paragraph> paragraphs = structure(sourceId).paragraphs();
        int lo = 0;
        int hi = paragraphs.size() - 1;
        int found = -1;
        while (lo <= hi) { // the last paragraph starting at or before the offset
            int mid = (lo + hi) >>> 1;
            if (paragraphs.get(mid).start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 ? new Location(0, 0) : new Location(paragraphs.get(found).page(), paragraphs.get(found).number());
    }

    /** A citable position: "p. {page}, ¶ {paragraph}". */
    public record Location(int page, int paragraph) {
    }

    /** The folder of the originals; only a project folder has one (a server project keeps them in its database). */
    public Path originalsDir() {
        if (originals instanceof FileOriginals files) {
            return files.dir();
        }
        throw new IllegalStateException("originals are kept in the database");
    }

    /** Where the originals are kept: files in sources/, or the server database. */
    public OriginalStore originals() {
        return originals;
    }

    private Source find(UUID id) {
        return jdbi.withExtension(SourceDao.class, dao -> dao.find(id)).orElseThrow();
    }

    private static byte[] readChecked(Path file, ImportLimits limits) {
        try {
            if (Files.isDirectory(file)) {
                throw new UserException("import.error.directory", file);
            }
            if (Files.size(file) > limits.maxFileBytes()) {
                throw new UserException("import.error.tooLarge", file.getFileName(), limits.maxFileBytes() / (1024 * 1024));
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
        try {
            return originals.store(ext.isEmpty() ? sha : sha + "." + ext, bytes);
        } catch (java.io.UncheckedIOException e) {
            throw new UserException(e, "import.error.store", file.getFileName(), originalsPlace(), e.getCause().getMessage());
        } catch (org.jdbi.v3.core.JdbiException e) {
            throw new UserException(e, "import.error.store", file.getFileName(), originalsPlace(), e.getMessage());
        }
    }

    private String originalsPlace() {
        return originals instanceof FileOriginals files ? files.dir().toString() : "source_originals";
    }

    private static String normalise(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip().toLowerCase(Locale.ROOT);
    }

    private static String stripExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
