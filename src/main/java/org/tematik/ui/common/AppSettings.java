package org.tematik.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/** The user's GUI preferences (language, last project), kept in settings.properties in the data folder. */
public final class AppSettings {
    private static final String LANGUAGE = "language";
    private static final String LAST_PROJECT = "lastProject";

    private final Path file;
    private final Properties values = new Properties();

    public AppSettings(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException e) {
                // unreadable preferences are not worth stopping for: start with defaults
                values.clear();
            }
        }
    }

    public Optional<Locale> language() {
        return Optional.ofNullable(values.getProperty(LANGUAGE)).map(Locale::forLanguageTag);
    }

    public void setLanguage(Locale locale) {
        values.setProperty(LANGUAGE, locale.toLanguageTag());
        save();
    }

    public Optional<Path> lastProject() {
        return Optional.ofNullable(values.getProperty(LAST_PROJECT)).map(Path::of);
    }

    public void setLastProject(Path dir) {
        values.setProperty(LAST_PROJECT, dir.toAbsolutePath().toString());
        save();
    }

    /** "light" or "dark". */
    public String theme() {
        return values.getProperty("theme", "light");
    }

    public void setTheme(String theme) {
        values.setProperty("theme", theme);
        save();
    }

    /** A layout or window value (divider positions, size), kept between sessions. */
    public Optional<String> layout(String key) {
        return Optional.ofNullable(values.getProperty("layout." + key));
    }

    public void setLayout(String key, String value) {
        values.setProperty("layout." + key, value);
        save();
    }

    /** The source last open in this project, so the next start shows it again. */
    public Optional<String> lastSource(Path project) {
        return Optional.ofNullable(values.getProperty("lastSource." + project.toAbsolutePath().toString().hashCode()));
    }

    public void setLastSource(Path project, String sourceId) {
        values.setProperty("lastSource." + project.toAbsolutePath().toString().hashCode(), sourceId);
        save();
    }

    /** Saves the automatic backup policy chosen in File > Security and backups > Backup settings. */
    public void setBackupPolicy(int everyMinutes, int keep) {
        values.setProperty("backup.everyMinutes", Integer.toString(everyMinutes));
        values.setProperty("backup.keep", Integer.toString(keep));
        save();
    }

    /** Minutes between automatic backups. */
    public int backupEveryMinutes() {
        return positive("backup.everyMinutes", org.tematik.core.project.BackupRotation.DEFAULT_EVERY_MINUTES);
    }

    /** How many automatic backups each project keeps. */
    public int backupKeep() {
        return positive("backup.keep", org.tematik.core.project.BackupRotation.DEFAULT_KEEP);
    }

    private int positive(String key, int fallback) {
        try {
            int v = Integer.parseInt(values.getProperty(key, "").strip());
            return v > 0 ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback; // absent or mistyped: the default, rather than no backups at all
        }
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                values.store(out, "Tematik settings");
            }
        } catch (IOException e) {
            // preferences are a convenience; failing to save them must not interrupt work
            org.slf4j.LoggerFactory.getLogger(AppSettings.class).warn("cannot save settings to {}", file, e);
        }
    }
}
