package org.tematik.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tematik.core.exchange.ExchangeReport;
import org.tematik.core.exchange.ExchangeService;
import org.tematik.core.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import-project", description = "Create a new project from a REFI-QDA .qdpx (or .qdc) file, "
        + "and list what could not be carried over.")
final class ImportProjectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The .qdpx or .qdc file.")
    Path file;

    @Parameters(index = "1", paramLabel = "DIR", description = "The folder for the new project.")
    Path dir;

    @Override
    public Integer call() {
        TematikCli root = (TematikCli) spec.root().userObject();
        ExchangeReport report = ExchangeService.importProject(file, dir, root.user());
        var out = spec.commandLine().getOut();
        out.println(Messages.tr("exchange.import.done", dir.toAbsolutePath().normalize(), report.addedCount("codes"),
                report.addedCount("sources"), report.addedCount("codings"), report.addedCount("memos"), report.addedCount("cases")));
        report.describe(false).forEach(out::println);
        return TematikCli.OK;
    }
}
