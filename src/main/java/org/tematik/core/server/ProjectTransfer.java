package org.tematik.core.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.tematik.core.audit.AuditTrail;
import org.tematik.core.audit.Verification;
import org.tematik.core.project.Project;
import org.tematik.core.source.DatabaseOriginals;
import org.tematik.core.source.FileOriginals;
import org.tematik.core.source.OriginalStore;
import org.tematik.core.storage.Database;
import org.tematik.core.storage.OriginalDao;
import org.tematik.core.storage.ProjectInfoDao;
import org.tematik.core.storage.TableCopy;
import org.tematik.core.util.UserException;

/**
 * Moves a whole project between a folder and a server: {@code push} copies a project folder into an
 * empty server database, {@code pull} copies a server project into a new folder for offline work.
 * Every row travels verbatim, the audit trail included, and the copied chain is verified afterwards:
 * the copy is the same study with the same history, not a re-enactment of it.
 */
public final class ProjectTransfer {
    /** What was moved: the verified chain (its length and head) and the counts a user checks. */
    public record Result(long events, String headHash, int sources, int originals) {
    }

    private ProjectTransfer() {
    }

    public static Result push(Path dir, ServerAddress to, char[] password) {
        Path abs = dir.toAbsolutePath().normalize();
        if (!Project.exists(abs)) {
            throw new UserException("project.error.notProject", abs);
        }
        if (Project.isEncrypted(abs)) {
            throw new UserException("server.error.encrypted", abs);
        }
        try (Database local = Database.open(abs); Database server = Database.openServer(to, password)) {
            Verification before = requireIntact(local, abs);
            if (server.jdbi().withExtension(ProjectInfoDao.class, ProjectInfoDao::name).isPresent()) {
                throw new UserException("server.error.exists", to);
            }
            FileOriginals files = new FileOriginals(abs.resolve(Project.SOURCES_DIR), bytes -> bytes);
            int[] counts = new int[2];
            server.jdbi().useTransaction(target -> local.jdbi().useHandle(source -> {
                counts[0] = copy(source.getConnection(), target.getConnection()).getOrDefault("sources", 0);
                OriginalDao originals = target.attach(OriginalDao.class);
                for (String ref : source.attach(OriginalDao.class).referenced()) {
                    byte[] bytes = files.read(ref).orElseThrow(() -> new UserException("server.error.originalMissing",
                            abs.resolve(ref)));
                    originals.insertIfAbsent(OriginalStore.fileName(ref), bytes);
                    counts[1]++;
                }
            }));
            Verification after = requireIntact(server, to);
            requireSame(before, after, to);
            return new Result(after.events(), head(server), counts[0], counts[1]);
        }
    }

    public static Result pull(ServerAddress from, char[] password, Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        boolean existed = requireEmptyFolder(abs);
        boolean created = false;
        try (Database server = Database.openServer(from, password)) {
            if (server.jdbi().withExtension(ProjectInfoDao.class, ProjectInfoDao::name).isEmpty()) {
                throw new UserException("server.error.noProject", from);
            }
            Verification before = requireIntact(server, from);
            Files.createDirectories(abs.resolve(Project.SOURCES_DIR));
            Files.createDirectories(abs.resolve(Project.INDEX_DIR));
            created = true;
            Result result;
            try (Database local = Database.open(abs)) {
                FileOriginals files = new FileOriginals(abs.resolve(Project.SOURCES_DIR), bytes -> bytes);
                DatabaseOriginals stored = new DatabaseOriginals(server.jdbi());
                int[] counts = new int[2];
                local.jdbi().useTransaction(target -> server.jdbi().useHandle(source -> {
                    counts[0] = copy(source.getConnection(), target.getConnection()).getOrDefault("sources", 0);
                    for (String ref : source.attach(OriginalDao.class).referenced()) {
                        files.store(OriginalStore.fileName(ref), stored.read(ref)
                                .orElseThrow(() -> new UserException("server.error.originalMissing", ref)));
                        counts[1]++;
                    }
                }));
                Verification after = requireIntact(local, abs);
                requireSame(before, after, abs);
                result = new Result(after.events(), head(local), counts[0], counts[1]);
            }
            return result;
        } catch (IOException | java.io.UncheckedIOException e) {
            removeCopy(created, abs, existed);
            throw new UserException(e, "server.error.pullWrite", abs, e.getMessage());
        } catch (RuntimeException e) {
            removeCopy(created, abs, existed);
            throw e;
        }
    }

    private static Map<String, Integer> copy(java.sql.Connection from, java.sql.Connection to) {
        try {
            return TableCopy.copy(from, to);
        } catch (SQLException e) {
            throw new UserException(e, "server.error.copy", e.getMessage());
        }
    }

    private static Verification requireIntact(Database db, Object where) {
        Verification v = new AuditTrail(db.jdbi()).verify();
        if (!v.isIntact()) {
            throw new UserException("server.error.chainBroken", where, v.brokenSeq());
        }
        return v;
    }

    private static void requireSame(Verification before, Verification after, Object where) {
        if (before.events() != after.events()) {
            throw new UserException("server.error.chainBroken", where, after.events() + 1);
        }
    }

    private static String head(Database db) {
        return db.jdbi().withExtension(org.tematik.core.storage.AuditDao.class, dao -> dao.head().lastHash());
    }

    /** Returns whether the (empty) folder already existed. */
    private static boolean requireEmptyFolder(Path dir) {
        if (!Files.exists(dir)) {
            return false;
        }
        if (!Files.isDirectory(dir)) {
            throw new UserException("server.error.targetNotEmpty", dir);
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
                throw new UserException("server.error.targetNotEmpty", dir);
            }
        } catch (IOException e) {
            throw new UserException(e, "server.error.pullWrite", dir, e.getMessage());
        }
        return true;
    }

    /** Leaves nothing half-copied behind: the folder as it was before (absent, or empty). */
    private static void removeCopy(boolean created, Path dir, boolean existed) {
        if (!created) {
            return;
        }
        deleteTree(dir);
        if (existed) {
            try {
                Files.createDirectories(dir);
            } catch (IOException ignored) {
                // nothing of the copy is left, which is what matters
            }
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // the error that brought us here is the one to report
        }
    }
}
