package org.tematik.cli;

import java.util.UUID;
import org.tematik.core.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "code", description = "Code a segment [start, end) of a source, in Unicode code points from 0.")
final class CodeCommand extends ProjectCommand {
    @Option(names = "--source", required = true, paramLabel = "S")
    String source;
    @Option(names = "--code", required = true, paramLabel = "C")
    String code;
    @Option(names = "--start", required = true, paramLabel = "N")
    int start;
    @Option(names = "--end", required = true, paramLabel = "M")
    int end;
    @Option(names = "--memo", paramLabel = "TEXT")
    String memo;

    @Override
    int run(Project project) {
        UUID id = project.codings().code(source, code, start, end, memo);
        out().println("Coded " + start + "-" + end + " of '" + source + "' as '" + code + "' (" + id + ")");
        return TematikCli.OK;
    }
}
