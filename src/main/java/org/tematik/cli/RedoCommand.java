package org.tematik.cli;

import org.tematik.core.project.Project;
import picocli.CommandLine.Command;

@Command(name = "redo", description = "Redo the change you undid last.")
final class RedoCommand extends ProjectCommand {
    @Override
    int run(Project project) {
        var redone = project.redo();
        if (redone.isEmpty()) {
            err().println("Nothing to redo for " + project.coder() + ".");
            return TematikCli.USER_ERROR;
        }
        out().println(redone.get().event().summary());
        return TematikCli.OK;
    }
}
