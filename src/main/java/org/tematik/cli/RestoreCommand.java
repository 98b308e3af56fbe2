package org.tematik.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "restore", description = "Restore a backup into a new folder and verify its audit trail.")
final class RestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file.")
    Path backup;

    @Parameters(index = "1", paramLabel = "DIR", description = "A new (or empty) folder for the restored project.")
    Path dir;

    @Override
    public Integer call() {
        TematikCli root = (TematikCli) spec.root().userObject();
        char[][] asked = new char[1][];
        try {
            Backups.Restored r = Backups.restore(backup, dir, root.user(), () -> asked[0] = root.passphrases.current(dir));
            spec.commandLine().getOut().println(Messages.tr("backup.restored", r.name(), r.dir(), r.originals(), r.events()));
        } finally {
            Passphrases.wipe(asked[0]);
        }
        return TematikCli.OK;
    }
}
