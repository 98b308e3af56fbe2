package org.tematik.cli;

import org.tematik.core.project.Project;
import org.tematik.core.source.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "text", description = "Print a source's stored text exactly (offsets count its code points).")
final class TextCommand extends ProjectCommand {
    @Parameters(paramLabel = "SOURCE", description = "The source's id or unique name.")
    String source;

    @Override
    int run(Project project) {
        Source s = project.sources().resolve(source);
        out().print(project.sources().text(s.id()));
        out().flush();
        return TematikCli.OK;
    }
}
