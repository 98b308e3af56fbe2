package org.tematik.cli;

import org.tematik.core.project.Project;
import org.tematik.core.source.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "text", description = "Print a source's stored text exactly (offsets count its code points).")
final class TextCommand extends ProjectCommand {
    @Parameters(paramLabel = "SOURCE", description = "The source's id or unique name.")
    String source;

    @picocli.CommandLine.Option(names = "--page", paramLabel = "N", description = "Print only page N (PDFs; Word files with page breaks).")
    Integer page;

    @Override
    int run(Project project) {
        Source s = project.sources().resolve(source);
        out().print(page == null ? project.sources().text(s.id()) : project.sources().pageText(s.id(), page));
        out().flush();
        return TematikCli.OK;
    }
}
