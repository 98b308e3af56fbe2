package org.tematik.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tematik.core.project.Project;
import org.tematik.core.source.Source;
import org.tematik.core.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "sources", description = "Work with sources.", subcommands = SourcesCommand.ListSources.class)
final class SourcesCommand {

    @Command(name = "list", description = "List the project's sources.")
    static final class ListSources extends ProjectCommand {
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int run(Project project) {
            List<Source> sources = project.sources().list();
            if (json) {
                out().println(Json.pretty(sources.stream().map(ListSources::row).toList()));
                return TematikCli.OK;
            }
            for (Source s : sources) {
                out().printf("%-36s  %-40s  %-20s  %-18s  %,10d%n", s.id(), s.name(), s.sourceType(),
                        s.method() == null ? "-" : s.method(), s.chars());
            }
            return TematikCli.OK;
        }

        private static Map<String, Object> row(Source s) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("name", s.name());
            m.put("sha256", s.sha256());
            m.put("chars", s.chars());
            m.put("sourceType", s.sourceType());
            m.put("method", s.method());
            m.put("importer", s.importer());
            m.put("originalName", s.originalName());
            m.put("originalFile", s.originalFile());
            m.put("encoding", s.encoding());
            m.put("pages", s.pageCount());
            m.put("paragraphs", s.paragraphCount());
            m.put("importNotes", s.importNotes());
            m.put("importedAt", s.importedAt().toString());
            m.put("importedBy", s.importedBy());
            return m;
        }
    }
}
