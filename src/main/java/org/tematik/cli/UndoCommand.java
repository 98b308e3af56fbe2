package org.tematik.cli;

import org.tematik.core.project.Project;
import picocli.CommandLine.Command;

@Command(name = "undo", description = "Undo your latest change (it stays in the audit trail, with the undo).")
final class UndoCommand extends ProjectCommand {
    @Override
    int run(Project project) {
        var undone = project.undo();
        if (undone.isEmpty()) {
            err().println("Nothing to undo for " + project.coder() + ".");
            return TematikCli.USER_ERROR;
        }
        out().println(undone.get().event().summary());
        return TematikCli.OK;
    }
}
