package org.tematik.core.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.tematik.core.audit.Verification;
import org.tematik.core.storage.BackupDao;
import org.tematik.core.storage.Database;
import org.tematik.core.util.UserException;

/**
 * Backup files of a project: one zip holding the database (H2 BACKUP TO, consistent while the project is
 * open), the key file of an encrypted project and the originals in sources/. A restore goes into a new
 * folder and only reports success once the restored audit chain verifies.
 */
public final class Backups {
    static final String MANIFEST = "tematik-backup.properties";
    /** H2's own backup zip, stored as is (not deflated twice: that doubled the time on large projects). */
    static final String DATABASE_ZIP = "database.zip";
    /** The entries a backup may hold; anything else (../, absolute paths) means the file is not ours. */
    private static final Pattern ALLOWED = Pattern.compile(
            Pattern.quote(MANIFEST) + "|" + Pattern.quote(DATABASE_ZIP) + "|" + Pattern.quote(ProjectKey.FILE_NAME)
                    + "|" + Project.SOURCES_DIR + "/[A-Za-z0-9._-]+");

    private Backups() {
    }

    public record Written(Path file, long bytes, int originals) {
    }

    public record Restored(Path dir, String name, long events, int originals) {
    }

    /** Writes a complete backup of the open project to {@code file} (replacing it only once it is whole). */
    public static Written write(Project project, Path file) {
        if (!project.database().dialect().hasOnlineBackup()) {
            throw new UserException("server.error.backup", project.location());
        }
        Path target = file.toAbsolutePath().normalize();
        Path dbZip = null;
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            dbZip = Files.createTempFile(target.getParent(), "tematik-db", ".zip");
            Files.delete(dbZip); // H2 writes the file itself
            String dbZipPath = dbZip.toString();
            project.database().jdbi().useExtension(BackupDao.class, dao -> dao.backupTo(dbZipPath));
            tmp = Files.createTempFile(target.getParent(), "tematik-backup", ".part");
            int originals;
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(tmp))) {
                zip.setLevel(java.util.zip.Deflater.BEST_SPEED); // originals: PDFs and DOCX are compressed already
                putManifest(zip, project);
                putStored(zip, DATABASE_ZIP, dbZip);
                Path key = project.dir().resolve(ProjectKey.FILE_NAME);
                if (Files.exists(key)) {
                    put(zip, ProjectKey.FILE_NAME, key);
                }
                originals = putOriginals(zip, project.dir().resolve(Project.SOURCES_DIR));
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Written(target, Files.size(target), originals);
        } catch (IOException e) {
            throw new UserException(e, "backup.error.write", target, e.getMessage());
        } finally {
            deleteQuietly(dbZip);
            deleteQuietly(tmp);
        }
    }

    /** True when the backup holds an encrypted project, so a restore will need its passphrase (asked up front in the GUI). */
    public static boolean isEncrypted(Path backup) {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(backup.toFile())) {
            return zip.getEntry(ProjectKey.FILE_NAME) != null;
        } catch (IOException e) {
            return false; // not a readable zip: restore itself reports that clearly
        }
    }

    /**
     * Restores a backup into {@code target}, which must not exist or be an empty folder, then opens it and
     * verifies the audit chain. The passphrase is asked for only if the backup is of an encrypted project.
     * If anything fails, the half-restored folder is removed again.
     */
    public static Restored restore(Path backup, Path target, String coder, java.util.function.Supplier<char[]> passphrase) {
        Path dir = target.toAbsolutePath().normalize();
        requireEmpty(dir);
        boolean created = !Files.exists(dir);
        try {
            int originals = extract(backup, dir);
            Files.createDirectories(dir.resolve(Project.INDEX_DIR));
            try (Project project = Project.open(dir, coder, ProjectKey.isEncrypted(dir) ? passphrase.get() : null)) {
                Verification v = project.audit().verify();
                if (!v.isIntact()) {
                    throw new UserException("backup.error.chainBroken", backup, v.brokenSeq());
                }
                return new Restored(dir, project.name(), v.events(), originals);
            }
        } catch (IOException e) {
            clean(dir, created);
            throw new UserException(e, "backup.error.restoreWrite", dir, e.getMessage());
        } catch (RuntimeException e) {
            clean(dir, created);
            throw e;
        }
    }

    private static void requireEmpty(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new UserException("backup.error.targetNotEmpty", dir);
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            if (entries.iterator().hasNext()) {
                throw new UserException("backup.error.targetNotEmpty", dir);
            }
        } catch (IOException e) {
            throw new UserException(e, "backup.error.restoreWrite", dir, e.getMessage());
        }
    }

    /** Unpacks a backup; a truncated, damaged or foreign file is reported as such, not as an I/O failure. */
    private static int extract(Path backup, Path dir) throws IOException {
        if (!Files.isRegularFile(backup)) {
            throw new UserException("backup.error.missing", backup);
        }
        int originals = 0;
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            if (zip.getEntry(MANIFEST) == null || zip.getEntry(DATABASE_ZIP) == null) {
                // a cut-off backup can look like the inner H2 zip (its end record is stored as is)
                throw new UserException(startsLikeBackup(backup) ? "backup.error.corrupt" : "backup.error.notBackup", backup);
            }
            Files.createDirectories(dir.resolve(Project.SOURCES_DIR));
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (!ALLOWED.matcher(entry.getName()).matches()) {
                    throw new UserException("backup.error.notBackup", backup);
                }
                if (entry.getName().equals(MANIFEST)) {
                    continue;
                }
                if (entry.getName().equals(DATABASE_ZIP)) {
                    extractDatabase(zip, entry, dir, backup);
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, dir.resolve(entry.getName())); // reading to the end checks the CRC
                }
                if (entry.getName().startsWith(Project.SOURCES_DIR + "/")) {
                    originals++;
                }
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new UserException(e, "backup.error.corrupt", backup);
        } catch (FileAlreadyExistsException e) {
            throw new UserException(e, "backup.error.notBackup", backup);
        }
        return originals;
    }

    private static void putManifest(ZipOutputStream zip, Project project) throws IOException {
        Properties p = new Properties();
        p.setProperty("format", "1");
        p.setProperty("project", project.name());
        p.setProperty("created", Instant.now().toString());
        p.setProperty("encrypted", Boolean.toString(Files.exists(project.dir().resolve(ProjectKey.FILE_NAME))));
        zip.putNextEntry(new ZipEntry(MANIFEST));
        p.store(zip, "Tematik backup: restore with 'tematik restore FILE DIR'");
        zip.closeEntry();
    }

    /** Every backup starts with the manifest's local header: "PK\3\4", fixed fields, then the name. */
    private static boolean startsLikeBackup(Path file) {
        byte[] name = MANIFEST.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(30 + name.length);
            return head.length == 30 + name.length && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4
                    && java.util.Arrays.equals(java.util.Arrays.copyOfRange(head, 30, head.length), name);
        } catch (IOException e) {
            return false;
        }
    }

    /** The inner zip H2 wrote holds exactly the database file; it is unpacked straight into the project folder. */
    private static void extractDatabase(ZipFile outer, ZipEntry entry, Path dir, Path backup) throws IOException {
        try (java.util.zip.ZipInputStream inner = new java.util.zip.ZipInputStream(outer.getInputStream(entry))) {
            ZipEntry db = inner.getNextEntry();
            if (db == null || !db.getName().equals(Database.FILE_NAME)) {
                throw new UserException("backup.error.notBackup", backup);
            }
            Files.copy(inner, dir.resolve(Database.FILE_NAME));
            if (inner.getNextEntry() != null) {
                throw new UserException("backup.error.notBackup", backup);
            }
        }
    }

    /** Adds a file without compressing it again; STORED entries need their size and CRC up front. */
    private static void putStored(ZipOutputStream zip, String name, Path file) throws IOException {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                crc.update(buf, 0, n);
            }
        }
        ZipEntry e = new ZipEntry(name);
        e.setMethod(ZipEntry.STORED);
        e.setSize(Files.size(file));
        e.setCompressedSize(Files.size(file));
        e.setCrc(crc.getValue());
        zip.putNextEntry(e);
        Files.copy(file, zip);
        zip.closeEntry();
    }

    private static int putOriginals(ZipOutputStream zip, Path sources) throws IOException {
        if (!Files.isDirectory(sources)) {
            return 0;
        }
        int n = 0;
        try (Stream<Path> files = Files.list(sources)) {
            for (Path f : files.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".part")) {
                    continue; // an import in progress; its source row is not committed either
                }
                put(zip, Project.SOURCES_DIR + "/" + name, f);
                n++;
            }
        }
        return n;
    }

    private static void put(ZipOutputStream zip, String name, Path file) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Files.copy(file, zip);
        zip.closeEntry();
    }

    private static void clean(Path dir, boolean removeDir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                if (removeDir || !p.equals(dir)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (NoSuchFileException e) {
            // nothing was written
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(Backups.class).warn("could not remove the failed restore in {}", dir, e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover temp file is harmless; the backup's own outcome is what matters
        }
    }
}
