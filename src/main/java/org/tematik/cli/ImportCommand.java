package org.tematik.cli;

import java.nio.file.Path;
import java.util.List;
import org.tematik.core.project.Project;
import org.tematik.core.source.ImportOptions;
import org.tematik.core.source.ImportOutcome;
import org.tematik.core.source.importer.ImportLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Import files (or the supported files of folders) as sources.")
final class ImportCommand extends ProjectCommand {
    @Parameters(paramLabel = "FILE_OR_FOLDER", arity = "1..*", description = "Files or folders to import.")
    List<Path> files;

    @Option(names = "--source-type", paramLabel = "T", description = "e.g. interview, policy, regulation, agreement, news (default: other).")
    String sourceType;

    @Option(names = "--method", paramLabel = "M", description = "e.g. interview, document-analysis, observation, focus-group.")
    String method;

    @Option(names = "--case", paramLabel = "C", description = "Add the imported sources to this case (created if new).")
    String caseName;

    @Option(names = "--password", paramLabel = "PW", description = "Password of encrypted PDFs.")
    String password;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1", description = "Files read at once (default: ${DEFAULT-VALUE}).")
    int jobs;

    @Option(names = "--recursive", description = "Also import from sub-folders of the folders given.")
    boolean recursive;

    @Option(names = "--max-file-mb", paramLabel = "MB", description = "Refuse files larger than this (default: 200).")
    Long maxFileMb;

    @Override
    int run(Project project) {
        if (jobs < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--jobs must be 1 or more");
        }
        ImportLimits limits = maxFileMb == null ? ImportLimits.DEFAULT : ImportLimits.DEFAULT.withMaxFileBytes(maxFileMb << 20);
        ImportOptions options = new ImportOptions(sourceType, method, caseName, password, jobs, limits);
        List<Path> expanded = project.sources().collectFiles(files, recursive);
        List<ImportOutcome> outcomes = project.sources().importFiles(expanded, options, this::print, () -> false);
        long imported = ImportOutcome.count(outcomes, ImportOutcome.Status.IMPORTED);
        long skipped = ImportOutcome.count(outcomes, ImportOutcome.Status.DUPLICATE);
        long failed = ImportOutcome.count(outcomes, ImportOutcome.Status.FAILED);
        out().println(imported + " imported, " + skipped + " skipped as duplicates, " + failed + " failed");
        if (failed > 0) {
            err().println(failed + " of " + outcomes.size()
                    + " files could not be imported (reasons above); the other files were imported or skipped as listed.");
            return TematikCli.USER_ERROR;
        }
        return TematikCli.OK;
    }

    private void print(ImportOutcome o) {
        switch (o.status()) {
            case IMPORTED -> out().println("imported  " + o.file() + " as '" + o.source().name() + "' (" + o.source().chars()
                    + " characters" + (o.source().pageCount() > 0 ? ", " + o.source().pageCount() + " pages" : "") + ")"
                    + (o.source().importNotes() == null ? "" : "; " + o.source().importNotes().replace('\n', ';')));
            case DUPLICATE -> out().println("skipped   " + o.file() + ": same content as source '" + o.source().name() + "'");
            case FAILED -> out().println("failed    " + o.file() + ": " + o.message());
            case CANCELLED -> out().println("cancelled " + o.file());
        }
        out().flush();
    }

}
