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
