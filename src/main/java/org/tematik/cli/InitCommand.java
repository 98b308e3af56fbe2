package org.tematik.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tematik.core.project.Project;
import org.tematik.core.server.ConnectionProfiles;
import org.tematik.core.server.ServerAddress;
import org.tematik.core.util.UserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "init", description = "Create a new project folder.")
final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR|URL", description = "The folder to create the project in, or an empty database on a "
            + "PostgreSQL server (postgresql://host:port/db?user=NAME or @PROFILE) for a team project.")
    String where;

    @Option(names = "--name", paramLabel = "NAME", description = "The study's name (default: the folder name).")
    String name;

    @Option(names = "--encrypt", description = "Encrypt the database and the originals with a passphrase "
            + "(asked for, or read from TEMATIK_PASSPHRASE).")
    boolean encrypt;

    @Override
    public Integer call() {
        TematikCli root = (TematikCli) spec.root().userObject();
        ServerAddress server = ConnectionProfiles.standard().resolve(where);
        if (server != null) {
            return initServer(root, server);
        }
        Path dir = Path.of(where);
        char[] passphrase = encrypt ? root.passphrases.chosen() : null;
        try (Project project = Project.init(dir, name, root.user(), passphrase)) {
            spec.commandLine().getOut().println("Created project '" + project.name() + "' in " + project.dir());
            if (encrypt) {
                spec.commandLine().getOut().println(org.tematik.core.i18n.Messages.tr("passphrase.created"));
            }
        } finally {
            Passphrases.wipe(passphrase);
        }
        return TematikCli.OK;
    }

    private int initServer(TematikCli root, ServerAddress server) {
        if (encrypt) {
            throw new UserException("server.error.initEncrypted");
        }
        char[] password = root.serverPasswords.read(server);
        try (Project project = Project.initServer(server, password, name, root.user(), Project.serverCache(server))) {
            spec.commandLine().getOut().println("Created project '" + project.name() + "' on " + project.location());
        } finally {
            Passphrases.wipe(password);
        }
        return TematikCli.OK;
    }
}
