package org.tematik.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tematik.core.i18n.Messages;
import org.tematik.core.server.ConnectionProfiles;
import org.tematik.core.server.ServerAddress;
import org.tematik.core.util.UserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "connections", description = "Saved server connections (addresses only, never passwords); "
        + "use one with -p @NAME.", subcommands = {ConnectionsCommand.Add.class, ConnectionsCommand.Remove.class})
final class ConnectionsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Without a sub-command: lists the saved connections. */
    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, ServerAddress> all = ConnectionProfiles.standard().list();
        if (all.isEmpty()) {
            out.println(Messages.tr("server.profile.none"));
        }
        all.forEach((name, address) -> out.println(name + "\t" + address));
        return TematikCli.OK;
    }

    @Command(name = "add", description = "Save a server address under a name.")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "URL", description = "postgresql://host:port/db?user=NAME (no password).")
        String url;

        @Override
        public Integer call() {
            ServerAddress address = ServerAddress.parse(url);
            ConnectionProfiles.standard().save(name, address);
            spec.commandLine().getOut().println(Messages.tr("server.profile.saved", name, address));
            return TematikCli.OK;
        }
    }

    @Command(name = "remove", description = "Forget a saved connection.")
    static final class Remove implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            if (!ConnectionProfiles.standard().remove(name)) {
                throw new UserException("server.profile.unknown", name, ConnectionProfiles.FILE_NAME);
            }
            spec.commandLine().getOut().println(Messages.tr("server.profile.removed", name));
            return TematikCli.OK;
        }
    }
}
