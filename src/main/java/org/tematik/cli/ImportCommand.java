package org.tematik.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.tematik.core.project.Project;
import org.tematik.core.source.ImportOutcome;
import org.tematik.core.source.importer.Importers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Import files (or the supported files of a folder) as sources.")
final class ImportCommand extends ProjectCommand {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files or folders to import.")
    List<Path> files;

    @Option(names = "--source-type", paramLabel = "T", description = "e.g. interview, policy, regulation, agreement, news (default: other).")
    String sourceType;

    @Option(names = "--method", paramLabel = "M", description = "e.g. interview, document-analysis, observation, focus-group.")
    String method;

    @Override
    int run(Project project) {
        List<ImportOutcome> outcomes = project.sources().importFiles(expand(files), sourceType, method);
        int imported = 0;
        int skipped = 0;
        int failed = 0;
        for (ImportOutcome o : outcomes) {
            switch (o.status()) {
                case IMPORTED -> {
                    imported++;
                    out().println("imported  " + o.file() + " as '" + o.source().name() + "' (" + o.source().chars() + " characters)");
                }
                case DUPLICATE -> {
                    skipped++;
                    out().println("skipped   " + o.file() + ": same content as source '" + o.source().name() + "'");
                }
                case FAILED -> {
                    failed++;
                    out().println("failed    " + o.file() + ": " + o.message());
                }
            }
        }
        out().println(imported + " imported, " + skipped + " skipped as duplicates, " + failed + " failed");
        if (failed > 0) {
            err().println(failed + " of " + outcomes.size() + " files could not be imported (reasons above); the other files were imported or skipped as listed.");
            return TematikCli.USER_ERROR;
        }
        return TematikCli.OK;
    }

    /** A folder stands for the supported files directly inside it, in name order. */
    private static List<Path> expand(List<Path> args) {
        Importers importers = Importers.standard();
        List<Path> out = new ArrayList<>();
        for (Path p : args) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> children = Files.list(p)) {
                    children.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .filter(f -> importers.forFile(f).isPresent())
                            .sorted()
                            .forEach(out::add);
                } catch (IOException e) {
                    out.add(p); // the import reports the folder as unreadable
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
