package org.tematik.testsupport;

import java.nio.file.Path;
import java.util.UUID;
import org.tematik.core.codebook.Code;
import org.tematik.core.project.Project;
import org.tematik.core.source.Source;

/**
 * Child process for crash tests: a long run of commands on a project, printing one line after each
 * command has committed ("coding N" or "code NAME"). Arguments: project dir, source name, code name, count.
 */
public final class CodingLoop {
    private CodingLoop() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[3]);
        try (Project project = Project.open(dir, "crash")) {
            Source source = project.sources().resolve(args[1]);
            UUID codeId = project.codebook().resolve(args[2]).id();
            System.out.println("ready");
            System.out.flush();
            for (int i = 0; i < count; i++) {
                if (i % 25 == 24) {
                    Code made = project.codebook().add("Loop code " + i, null, "made by the loop", null);
                    System.out.println("code " + made.name());
                    System.out.flush();
                }
                int start = i % (source.chars() - 1);
                project.codings().code(source.id(), codeId, start, start + 1 + i / (source.chars() - 1),
                        i % 10 == 0 ? "memo " + i : null);
                System.out.println("coding " + (i + 1));
                System.out.flush();
            }
            System.out.println("done");
            System.out.flush();
        }
    }
}
