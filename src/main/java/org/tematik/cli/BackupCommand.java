package org.tematik.cli;

import java.nio.file.Path;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Backups;
import org.tematik.core.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "backup", description = "Write a backup of the project (database and originals) to one file.")
final class BackupCommand extends ProjectCommand {
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The backup file to write (.zip).")
    Path output;

    @Override
    int run(Project project) {
        Backups.Written w = Backups.write(project, output);
        out().println(Messages.tr("backup.written", project.name(), w.file(), w.originals(), w.bytes() / 1024));
        return TematikCli.OK;
    }
}
