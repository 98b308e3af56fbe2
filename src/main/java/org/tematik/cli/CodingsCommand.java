package org.tematik.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tematik.core.coding.CodingView;
import org.tematik.core.project.Project;
import org.tematik.core.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "codings", description = "Work with codings.",
        subcommands = {CodingsCommand.ListCodings.class, CodingsCommand.Remove.class})
final class CodingsCommand {

    @Command(name = "list", description = "List codings with their quotes.")
    static final class ListCodings extends ProjectCommand {
        @Option(names = "--json", description = "Print JSON.")
        boolean json;
        @Option(names = "--code", paramLabel = "C")
        String code;
        @Option(names = "--source", paramLabel = "S")
        String source;

        @Override
        int run(Project project) {
            List<CodingView> codings = project.codings().list(code, source);
            if (json) {
                out().println(Json.pretty(codings.stream().map(ListCodings::row).toList()));
                return TematikCli.OK;
            }
            for (CodingView v : codings) {
                out().printf("%-30s  %-30s  %7d-%-7d  %-12s  \"%s\"%n", v.sourceName(), v.codeName(), v.coding().start(),
                        v.coding().end(), v.coding().coder(), v.text().replaceAll("\\s+", " "));
            }
            return TematikCli.OK;
        }

        private static Map<String, Object> row(CodingView v) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", v.coding().id());
            m.put("source", v.sourceName());
            m.put("code", v.codeName());
            m.put("start", v.coding().start());
            m.put("end", v.coding().end());
            m.put("coder", v.coding().coder());
            m.put("text", v.text());
            m.put("memo", v.memo());
            m.put("page", v.page() == 0 ? null : v.page());
            m.put("paragraph", v.paragraph() == 0 ? null : v.paragraph());
            m.put("sourceId", v.coding().sourceId());
            m.put("codeId", v.coding().codeId());
            m.put("createdAt", v.coding().createdAt().toString());
            return m;
        }
    }

    @Command(name = "remove", description = "Remove one coding by its id (see 'codings list --json'); undo brings it back.")
    static final class Remove extends ProjectCommand {
        @picocli.CommandLine.Parameters(paramLabel = "ID")
        java.util.UUID id;

        @Override
        int run(Project project) {
            project.codings().remove(id);
            out().println("Removed coding " + id);
            return TematikCli.OK;
        }
    }
}
