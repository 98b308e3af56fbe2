package org.tematik.core.project;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where Tematik keeps its own files (settings, log, the sample project): the platform's usual
 * per-user data folder, or TEMATIK_HOME (environment) / tematik.home (system property) when set.
 */
public final class UserDataFolder {
    private UserDataFolder() {
    }

    public static Path get() {
        String override = System.getProperty("tematik.home", System.getenv("TEMATIK_HOME"));
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "Tematik");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Tematik");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("tematik");
    }

    public static Path sampleProject() {
        return get().resolve("projects").resolve("sample-study");
    }

    public static Path logFile() {
        return get().resolve("logs").resolve("tematik.log");
    }
}
