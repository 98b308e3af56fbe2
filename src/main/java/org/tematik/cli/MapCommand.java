package org.tematik.cli;

import java.nio.file.Path;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.core.theme.map.MapExport;
import org.tematik.core.theme.map.MapLayout;
import org.tematik.core.theme.map.ThematicMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "map", description = "The thematic map of themes, sub-themes and codes.",
        subcommands = {MapCommand.Export.class})
final class MapCommand {

    @Command(name = "export", description = "Write the thematic map as SVG (vector) or PNG, chosen by the file's extension.")
    static final class Export extends ProjectCommand {
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.svg|FILE.png", description = "The file to write.")
        Path output;

        @Override
        int run(Project project) {
            String name = output.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (!name.endsWith(".svg") && !name.endsWith(".png")) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), Messages.tr("map.error.format", output));
            }
            // PNG is drawn with Java2D: never try to open a display from the command line
            System.setProperty("java.awt.headless", "true");
            ThematicMap map = project.themeMap().build(MapLayout.DEFAULT_SEED);
            MapExport.write(map, output);
            out().println(Messages.tr("map.cli.wrote", output, map.nodes().size()));
            return TematikCli.OK;
        }
    }
}
