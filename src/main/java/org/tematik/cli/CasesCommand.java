package org.tematik.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tematik.core.casebook.Attribute;
import org.tematik.core.casebook.AttributeService;
import org.tematik.core.casebook.Case;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.core.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "cases", description = "Cases (units of analysis, such as one sister-city partnership) and their sources.",
        subcommands = {CasesCommand.Add.class, CasesCommand.Assign.class, CasesCommand.ListCases.class})
final class CasesCommand {

    @Command(name = "add", description = "Add a case, optionally with attributes (one undoable change).")
    static final class Add extends ProjectCommand {
        @Parameters(paramLabel = "NAME")
        String name;
        @Option(names = "--attr", paramLabel = "k=v", description = "An attribute value; repeat for more.")
        List<String> attributes = new ArrayList<>();

        @Override
        int run(Project project) {
            project.attributes().addCase(name, AttributesCommand.pairs(attributes));
            out().println(Messages.tr("cases.added", name.strip()));
            return TematikCli.OK;
        }
    }

    @Command(name = "assign", description = "Put sources in a case.")
    static final class Assign extends ProjectCommand {
        @Parameters(index = "0", paramLabel = "CASE")
        String caseRef;
        @Parameters(index = "1..*", arity = "1..*", paramLabel = "SOURCE")
        List<String> sources;

        @Override
        int run(Project project) {
            Case c = project.casebook().resolve(caseRef);
            var resolved = sources.stream().map(project.sources()::resolve).toList(); // all known before any change
            resolved.forEach(s -> project.casebook().assign(c.id(), s.id()));
            out().println(Messages.tr("cases.assigned", resolved.size(), c.name()));
            return TematikCli.OK;
        }
    }

    @Command(name = "list", description = "List cases with their sources and attributes.")
    static final class ListCases extends ProjectCommand {
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int run(Project project) {
            AttributeService.Table table = project.attributes().table(Attribute.ON_CASE);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (AttributeService.TableRow r : table.rows()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", r.ownerId());
                m.put("name", r.owner());
                m.put("sources", project.casebook().sourcesOf(r.ownerId()));
                m.put("attributes", r.values());
                rows.add(m);
            }
            if (json) {
                out().println(Json.pretty(rows));
                return TematikCli.OK;
            }
            if (rows.isEmpty()) {
                out().println(Messages.tr("cases.list.empty"));
            }
            for (Map<String, Object> m : rows) {
                @SuppressWarnings("unchecked")
                Map<String, String> values = (Map<String, String>) m.get("attributes");
                StringBuilder attrs = new StringBuilder();
                values.forEach((k, v) -> attrs.append(attrs.length() == 0 ? ": " : "; ").append(k).append('=').append(v));
                out().println(Messages.tr("cases.list.row", m.get("name"), ((List<?>) m.get("sources")).size(), attrs));
            }
            return TematikCli.OK;
        }
    }
}
