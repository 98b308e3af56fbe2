package org.tematik.testsupport;

import java.nio.file.Path;
import java.util.UUID;
import org.tematik.core.project.Project;
import org.tematik.core.source.Source;
import org.tematik.core.server.ServerAddress;

/**
 * Child process for the team-project tests: one coder's client on a server project, adding codings in
 * a loop and printing "coding ID" after each has committed. Arguments: address, coder, cache folder,
 * source name, code name, count.
 */
public final class ServerCoder {
    private ServerCoder() {
    }

    public static void main(String[] args) {
        int count = Integer.parseInt(args[5]);
        try (Project project = Project.openServer(ServerAddress.parse(args[0]), null, args[1], Path.of(args[2]))) {
            Source source = project.sources().resolve(args[3]);
            UUID codeId = project.codebook().resolve(args[4]).id();
            System.out.println("ready");
            System.out.flush();
            for (int i = 0; i < count; i++) {
                int start = i % 100; // distinct spans for up to 5,000 codings in a source of 105+ code points
                UUID id = project.codings().code(source.id(), codeId, start, start + 1 + (i / 100) % 50, null);
                System.out.println("coding " + id);
                System.out.flush();
            }
            System.out.println("done");
            System.out.flush();
        }
    }
}
