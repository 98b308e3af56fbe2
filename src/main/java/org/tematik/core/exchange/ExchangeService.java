package org.tematik.core.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import org.jdbi.v3.core.Jdbi;
import org.tematik.core.history.CommandStack;
import org.tematik.core.project.Project;
import org.tematik.core.storage.ExchangeDao;
import org.tematik.core.util.Json;
import org.tematik.core.util.UserException;

/**
 * REFI-QDA exchange: export a project as .qdpx or its codebook as .qdc, create a project from a .qdpx
 * or .qdc (all or nothing), and merge another coder's project or .qdpx into this one as one undoable change.
 */
public final class ExchangeService {
    /** What an export wrote. */
    public record ExportSummary(Path file, int codes, int sources, int codings, int memos, int cases) {
    }

    private final Jdbi jdbi;
    private final CommandStack stack;
    private final Path projectDir;
    private final String coder;
    private final java.util.function.Supplier<String> projectName;
    /** Set for a team project on a server, whose originals live in its database rather than in projectDir. */
    private final org.tematik.core.source.OriginalStore serverOriginals;

    public ExchangeService(Jdbi jdbi, CommandStack stack, Path projectDir, String coder,
                           java.util.function.Supplier<String> projectName) {
        this(jdbi, stack, projectDir, coder, projectName, null);
    }

    public ExchangeService(Jdbi jdbi, CommandStack stack, Path projectDir, String coder,
                           java.util.function.Supplier<String> projectName, org.tematik.core.source.OriginalStore serverOriginals) {
        this.serverOriginals = serverOriginals;
        this.jdbi = jdbi;
        this.stack = stack;
        this.projectDir = projectDir;
        this.coder = coder;
        this.projectName = projectName;
    }

    Jdbi jdbi() {
        return jdbi;
    }

    public ExportSummary exportQdpx(Path file) {
        Qda.Project p = ProjectSnapshot.read(jdbi, projectName.get());
        writeAtomically(file, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                zip.putNextEntry(new ZipEntry("project.qde"));
                QdeWriter.writeProject(p, zip);
                zip.closeEntry();
                for (Qda.Source s : p.sources()) {
                    zip.putNextEntry(new ZipEntry("sources/" + QdeWriter.textFileName(s.guid())));
                    zip.write(s.text().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
        });
        int codings = p.sources().stream().mapToInt(s -> s.selections().stream().mapToInt(x -> x.codings().size()).sum()).sum();
        return new ExportSummary(file, p.codes().size(), p.sources().size(), codings, p.notes().size(), p.cases().size());
    }

    public ExportSummary exportQdc(Path file) {
        Qda.Project p = ProjectSnapshot.read(jdbi, projectName.get());
        writeAtomically(file, out -> QdeWriter.writeCodebook(p.codes(), out));
        return new ExportSummary(file, p.codes().size(), 0, 0, 0, 0);
    }

    private interface Writing {
        void to(OutputStream out) throws IOException, XMLStreamException;
    }

    /** Written beside the target and moved into place, so a failed export never leaves half a file. */
    private static void writeAtomically(Path file, Writing writing) {
        Path target = file.toAbsolutePath();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(target.getParent(), ".tematik-export", ".part");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writing.to(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            deleteQuietly(tmp);
            throw new UserException(e, "export.error.write", file, e.getMessage());
        }
    }

    /**
     * Creates a new project at {@code dir} from a .qdpx or .qdc. All or nothing: when anything fails, no
     * project is left at {@code dir}. The report lists what could not be carried over.
     */
    public static ExchangeReport importProject(Path file, Path dir, String coder) {
        QdeReader.Read read = QdeReader.read(file);
        Path abs = dir.toAbsolutePath().normalize();
        if (Project.exists(abs)) {
            throw new UserException("project.error.exists", abs);
        }
        Set<Path> before = listing(abs);
        boolean existed = Files.exists(abs);
        try (Project project = Project.init(abs, read.project().name(), coder)) {
            project.exchange().apply(read, file.getFileName().toString(), Set.of(), "project.import");
            return read.report();
        } catch (RuntimeException e) {
            removeNew(abs, before, existed);
            throw e;
        }
    }

    /** Merges another Tematik project folder, or a .qdpx/.qdc file, into this project as one undoable change. */
    public ExchangeReport merge(Path other) {
        Path abs = other.toAbsolutePath().normalize();
        if (abs.equals(projectDir)) {
            throw new UserException("exchange.error.mergeSelf", abs);
        }
        if (Files.isDirectory(abs)) {
            try (Project them = Project.open(abs, coder)) {
                QdeReader.Read read = new QdeReader.Read(ProjectSnapshot.read(them.exchange().jdbi, them.name()), Map.of(),
                        new ExchangeReport());
                return apply(read, them.name(), them.exchange().deletedCodes(), "project.merge");
            }
        }
        return apply(QdeReader.read(abs), abs.getFileName().toString(), Set.of(), "project.merge");
    }

    ExchangeReport apply(QdeReader.Read read, String label, Set<UUID> deletedThere, String action) {
        Qda.Project here = ProjectSnapshot.read(jdbi, projectName.get());
        MergePlanner planner = new MergePlanner(here, deletedCodes(), read.project(), deletedThere, coder,
                Clock.systemUTC().instant(), read.report());
        ExchangeBatch batch = planner.plan(read.originals());
        if (batch.isEmpty() && "project.merge".equals(action)) {
            return read.report(); // nothing new: no empty change on the undo stack
        }
        List<Path> written = storeOriginals(planner.originalsToStore);
        try {
            stack.execute(new ApplyBatch(action, label, batch), coder);
        } catch (RuntimeException e) {
            written.forEach(ExchangeService::deleteQuietly);
            throw e;
        }
        return read.report();
    }

    private List<Path> storeOriginals(Map<String, QdeReader.Original> files) {
        List<Path> written = new ArrayList<>();
        if (serverOriginals != null) { // kept like an import's: an unused one left by a failed merge does no harm
            files.forEach((ref, original) -> serverOriginals.store(org.tematik.core.source.OriginalStore.fileName(ref), original.bytes()));
            return written;
        }
        try {
            for (var e : files.entrySet()) {
                Path target = projectDir.resolve(e.getKey());
                if (!Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    Path tmp = Files.createTempFile(target.getParent(), "exchange", ".part");
                    Files.write(tmp, e.getValue().bytes());
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                    written.add(target);
                }
            }
        } catch (IOException e) {
            written.forEach(ExchangeService::deleteQuietly);
            throw new UserException(e, "exchange.error.store", projectDir.resolve(Project.SOURCES_DIR), e.getMessage());
        }
        return written;
    }

    /** Codes this project deleted (sub-codes included), from the audit trail. */
    Set<UUID> deletedCodes() {
        Set<UUID> out = new HashSet<>();
        for (String data : jdbi.withExtension(ExchangeDao.class, ExchangeDao::codeDeletions)) {
            JsonNode ids = Json.read(data).path("before").path("codeIds");
            ids.forEach(id -> out.add(UUID.fromString(id.asText())));
        }
        return out;
    }

    private static Set<Path> listing(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return new HashSet<>(s.toList());
        } catch (IOException e) {
            return Set.of();
        }
    }

    /** Removes what a failed import created, and nothing that was there before. */
    private static void removeNew(Path dir, Set<Path> before, boolean existed) {
        for (Path p : listing(dir)) {
            if (!before.contains(p)) {
                deleteTree(p);
            }
        }
        if (!existed) {
            deleteQuietly(dir);
        }
    }

    private static void deleteTree(Path p) {
        try (Stream<Path> walk = Files.walk(p)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(ExchangeService::deleteQuietly);
        } catch (IOException e) {
            deleteQuietly(p);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // the error that brought us here is the one to report
        }
    }
}
