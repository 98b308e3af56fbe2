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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "push", description = "Move a project folder to an empty database on a PostgreSQL server, "
        + "audit trail included (verified after the copy).")
final class PushCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The project folder.")
    Path dir;

    @Option(names = "--to", required = true, paramLabel = "URL", description = "postgresql://host:port/db?user=NAME or @PROFILE.")
    String to;

    @Override
    public Integer call() {
        TematikCli root = (TematikCli) spec.root().userObject();
        ServerAddress address = ConnectionProfiles.standard().resolve(to);
        if (address == null) {
            throw new UserException("server.error.address", to);
        }
        char[] password = root.serverPasswords.read(address);
        try {
            ProjectTransfer.Result r = ProjectTransfer.push(dir, address, password);
            spec.commandLine().getOut().println(Messages.tr("server.push.done", dir, address, r.sources(), r.originals(),
                    r.events(), r.headHash()));
        } finally {
            Passphrases.wipe(password);
        }
        return TematikCli.OK;
    }
}
