package org.tematik;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tematik.cli.TematikCli;
import org.tematik.core.project.UserDataFolder;

/**
 * The launcher. No arguments: the GUI. Anything else: the CLI. Not an Application subclass,
 * so `java -jar` works with JavaFX on the plain classpath.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        configureLogging();
        if (args.length == 0) {
            org.tematik.ui.TematikApp.launchApp(args);
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(TematikCli.run(args, out, err));
    }

    /** Library log lines and stack traces go to a file in the data folder, never to the user's terminal. */
    private static void configureLogging() {
        Path log = UserDataFolder.logFile();
        try {
            Files.createDirectories(log.getParent());
            System.setProperty("org.slf4j.simpleLogger.logFile", log.toString());
        } catch (java.io.IOException | SecurityException e) {
            System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        }
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
    }
}
