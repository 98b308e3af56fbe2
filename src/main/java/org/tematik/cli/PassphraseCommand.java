package org.tematik.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.core.project.ProjectKey;
import org.tematik.core.util.UserException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "passphrase", description = "Manage the passphrase of an encrypted project.",
        subcommands = PassphraseCommand.Change.class)
final class PassphraseCommand {

    @Command(name = "change", description = "Change the passphrase (old one from TEMATIK_PASSPHRASE or a prompt, "
            + "new one from TEMATIK_NEW_PASSPHRASE or a prompt).")
    static final class Change implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            TematikCli root = (TematikCli) spec.root().userObject();
            Path dir = root.project;
            if (dir == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--project=DIR'");
            }
            if (!Project.exists(dir)) {
                throw new UserException("project.error.notProject", dir.toAbsolutePath());
            }
            if (!Project.isEncrypted(dir)) {
                throw new UserException("passphrase.error.notEncrypted", dir.toAbsolutePath());
            }
            char[] old = root.passphrases.current(dir);
            char[] replacement = null;
            // opening first: a wrong old passphrase, or the project open elsewhere, fails before the new one is asked
            try (Project project = Project.open(dir, root.user(), old)) {
                replacement = root.passphrases.replacement();
                ProjectKey.changePassphrase(project, old, replacement);
            } finally {
                Passphrases.wipe(old);
                Passphrases.wipe(replacement);
            }
            spec.commandLine().getOut().println(Messages.tr("passphrase.changed", dir.toAbsolutePath()));
            return TematikCli.OK;
        }
    }
}
