package org.tematik.cli;

import java.nio.file.Path;
import org.tematik.core.exchange.ExchangeReport;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "merge", description = "Merge another coder's project folder or .qdpx into this project "
        + "(one change: 'undo' takes it back). Conflicts are listed, never overwritten.")
final class MergeCommand extends ProjectCommand {
    @Parameters(paramLabel = "SOURCE", description = "A Tematik project folder, or a .qdpx / .qdc file.")
    Path other;

    @Override
    int run(Project project) {
        ExchangeReport report = project.exchange().merge(other);
        int added = report.added().values().stream().mapToInt(Integer::intValue).sum();
        if (added == 0) {
            out().println(Messages.tr("exchange.merge.nothing", other));
        } else {
            out().println(Messages.tr("exchange.merge.done", other, report.addedCount("codes"), report.addedCount("sources"),
                    report.addedCount("codings"), report.addedCount("memos"), report.addedCount("cases")));
        }
        report.describe(true).forEach(out()::println);
        return TematikCli.OK;
    }
}
