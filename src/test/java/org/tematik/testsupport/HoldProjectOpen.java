package org.tematik.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import org.tematik.core.project.Project;

/**
 * Child process: opens a project, prints "ready", and keeps it open until its stdin closes
 * or about 60 seconds have passed.
 */
public final class HoldProjectOpen {
    private HoldProjectOpen() {
    }

    public static void main(String[] args) throws Exception {
        try (Project project = Project.open(Path.of(args[0]), "holder")) {
            System.out.println("ready " + project.name());
            System.out.flush();
            Thread stdin = new Thread(() -> {
                try {
                    while (System.in.read() >= 0) {
                        // wait for the parent to close our stdin
                    }
                } catch (IOException ignored) {
                    // parent gone
                }
            });
            stdin.setDaemon(true);
            stdin.start();
            stdin.join(60_000);
        }
        System.out.println("closed");
        System.out.flush();
    }
}
