package org.tematik.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tematik.core.i18n.Messages;
import org.tematik.core.server.ConnectionProfiles;
import org.tematik.core.server.ProjectTransfer;
import org.tematik.core.server.ServerAddress;
import org.tematik.core.util.UserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "pull", description = "Copy a team project from a PostgreSQL server into a new project folder "
        + "for offline work; bring the work back with 'tematik -p URL merge DIR'.")
final class PullCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "URL", description = "postgresql://host:port/db?user=NAME or @PROFILE.")
    String from;

    @Parameters(index = "1", paramLabel = "DIR", description = "A new (or empty) folder.")
    Path dir;

    @Override
    public Integer call() {
        TematikCli root = (TematikCli) spec.root().userObject();
        ServerAddress address = ConnectionProfiles.standard().resolve(from);
        if (address == null) {
            throw new UserException("server.error.address", from);
        }
        char[] password = root.serverPasswords.read(address);
        try {
            ProjectTransfer.Result r = ProjectTransfer.pull(address, password, dir);
            spec.commandLine().getOut().println(Messages.tr("server.pull.done", address, dir, r.sources(), r.originals(),
                    r.events(), r.headHash()));
        } finally {
            Passphrases.wipe(password);
        }
        return TematikCli.OK;
    }
}
