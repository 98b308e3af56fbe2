package org.tematik.cli;

import java.nio.file.Path;
import org.tematik.core.exchange.ExchangeService;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", description = "Export the project as REFI-QDA: qdpx (whole project) or qdc (codebook only).")
final class ExportCommand extends ProjectCommand {
    enum Format { qdpx, qdc }

    @Parameters(index = "0", paramLabel = "FORMAT", description = "qdpx or qdc.")
    Format format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write.")
    Path output;

    @Override
    int run(Project project) {
        ExchangeService exchange = project.exchange();
        if (format == Format.qdc) {
            var done = exchange.exportQdc(output);
            out().println(Messages.tr("exchange.export.codebookDone", done.codes(), output));
        } else {
            var done = exchange.exportQdpx(output);
            out().println(Messages.tr("exchange.export.done", output, done.codes(), done.sources(), done.codings(),
                    done.memos(), done.cases()));
        }
        return TematikCli.OK;
    }
}
