package org.tematik.core.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.tematik.core.util.UserException;

/**
 * Automatic backups: each call writes one backup into the project's {@value #DIR}/ folder and keeps only
 * the newest {@code keep}. The GUI calls it on open and every {@code everyMinutes}; the timer lives there,
 * so this policy is tested without one.
 */
public final class BackupRotation {
    public static final String DIR = "backups";
    public static final int DEFAULT_EVERY_MINUTES = 30;
    public static final int DEFAULT_KEEP = 10;
    private static final String PREFIX = "auto-";
    private static final String SUFFIX = ".tematik-backup.zip";
    /** UTC, so names sort in time order whatever the laptop's zone or daylight saving. */
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final int everyMinutes;
    private final int keep;
    private final Clock clock;

    public BackupRotation(int everyMinutes, int keep, Clock clock) {
        if (everyMinutes < 1 || keep < 1) {
            throw new UserException("backup.error.policy", everyMinutes, keep);
        }
        this.everyMinutes = everyMinutes;
        this.keep = keep;
        this.clock = clock;
    }

    public int everyMinutes() {
        return everyMinutes;
    }

    public int keep() {
        return keep;
    }

    public static Path folder(Project project) {
        return project.dir().resolve(DIR);
    }

    /** Writes a new backup, then removes the oldest automatic ones beyond {@code keep}. */
    public Backups.Written rotate(Project project) {
        Path folder = folder(project);
        String stamp = STAMP.format(clock.instant());
        Path file = null;
        for (int n = 1; file == null || Files.exists(file); n++) {
            file = folder.resolve(String.format("%s%s-%02d%s", PREFIX, stamp, n, SUFFIX)); // -01, -02: still in time order
        }
        Backups.Written written = Backups.write(project, file);
        List<Path> all = automaticBackups(folder);
        for (Path old : all.subList(0, Math.max(0, all.size() - keep))) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                throw new UserException(e, "backup.error.write", old, e.getMessage());
            }
        }
        return written;
    }

    /** The automatic backups in the folder, oldest first (their names sort by time). */
    public static List<Path> automaticBackups(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = new ArrayList<>(files
                    .filter(f -> f.getFileName().toString().startsWith(PREFIX) && f.getFileName().toString().endsWith(SUFFIX))
                    .toList());
            found.sort(Comparator.comparing(f -> f.getFileName().toString()));
            return found;
        } catch (IOException e) {
            throw new UserException(e, "backup.error.write", folder, e.getMessage());
        }
    }
}
