package org.tematik.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tematik.core.casebook.Attribute;
import org.tematik.core.casebook.AttributeService;
import org.tematik.core.casebook.AttributeType;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.core.util.UserException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "attributes", description = "Typed attributes (text, number, date, choice) of cases and sources.",
        subcommands = {AttributesCommand.Set.class, AttributesCommand.Import.class, AttributesCommand.Export.class,
                AttributesCommand.Define.class, AttributesCommand.ListAttributes.class})
final class AttributesCommand {

    /** Exactly one of --case C or --source S. */
    static final class Owner {
        @Option(names = "--case", required = true, paramLabel = "C")
        String caseRef;
        @Option(names = "--source", required = true, paramLabel = "S")
        String sourceRef;

        String kind() {
            return caseRef != null ? Attribute.ON_CASE : Attribute.ON_SOURCE;
        }

        String ref() {
            return caseRef != null ? caseRef : sourceRef;
        }
    }

    static Map<String, String> pairs(List<String> pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String p : pairs) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new UserException("attribute.error.pair", p);
            }
            out.put(p.substring(0, eq).strip(), p.substring(eq + 1));
        }
        return out;
    }

    static String kindName(String kind) {
        return Messages.tr(Attribute.ON_CASE.equals(kind) ? "attribute.kind.case" : "attribute.kind.source");
    }

    @Command(name = "set", description = "Set attributes of one case or source; an empty value clears it.")
    static final class Set extends ProjectCommand {
        @ArgGroup(exclusive = true, multiplicity = "1")
        Owner owner;
        @Parameters(arity = "1..*", paramLabel = "k=v")
        List<String> values;

        @Override
        int run(Project project) {
            Map<String, String> pairs = pairs(values);
            pairs.replaceAll((k, v) -> v.isBlank() ? null : v);
            project.attributes().set(owner.kind(), owner.ref(), pairs);
            out().println(Messages.tr("attributes.set", String.join(", ", pairs.keySet()), kindName(owner.kind()), owner.ref()));
            return TematikCli.OK;
        }
    }

    @Command(name = "import", description = "Load a table (CSV or XLSX) whose first column is 'case' or 'source'; "
            + "headers may give a type: year:number, signed:date, form:choice(sister city|MoU|LoI).")
    static final class Import extends ProjectCommand {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        int run(Project project) {
            AttributeService.ImportSummary s = project.attributes().importTable(file);
            out().println(Messages.tr("attributes.imported", s.rows(), file.getFileName(), s.casesCreated(), s.attributesDefined(),
                    s.values()));
            return TematikCli.OK;
        }
    }

    @Command(name = "export", description = "Write the attribute table of cases (or of sources) as CSV or XLSX.")
    static final class Export extends ProjectCommand {
        @Parameters(paramLabel = "FILE")
        Path file;
        @Option(names = "--sources", description = "The sources' table instead of the cases'.")
        boolean sources;

        @Override
        int run(Project project) {
            String kind = sources ? Attribute.ON_SOURCE : Attribute.ON_CASE;
            project.attributes().exportTable(kind, file);
            out().println(Messages.tr("attributes.exported", file, project.attributes().table(kind).rows().size() + 1));
            return TematikCli.OK;
        }
    }

    @Command(name = "define", description = "Define an attribute before giving it values (needed for choice attributes).")
    static final class Define extends ProjectCommand {
        @Parameters(paramLabel = "NAME")
        String name;
        @Option(names = "--type", required = true, paramLabel = "TYPE", description = "text, number, date or choice.")
        String type;
        @Option(names = "--choices", split = ",", paramLabel = "A,B", description = "The choices of a choice attribute.")
        List<String> choices;
        @Option(names = "--on", defaultValue = "case", paramLabel = "case|source")
        String on;

        @Override
        int run(Project project) {
            AttributeType t = AttributeType.parse(type).orElseThrow(() -> new UserException("attribute.error.type", type));
            String kind = Attribute.ON_SOURCE.equalsIgnoreCase(on.strip()) ? Attribute.ON_SOURCE : Attribute.ON_CASE;
            project.attributes().define(kind, name, t, choices);
            out().println(Messages.tr("attributes.defined", kindName(kind), name.strip(), AttributeService.typeName(t)));
            return TematikCli.OK;
        }
    }

    @Command(name = "list", description = "List attribute definitions.")
    static final class ListAttributes extends ProjectCommand {
        @Override
        int run(Project project) {
            List<Attribute> all = project.attributes().definitions();
            if (all.isEmpty()) {
                out().println(Messages.tr("attributes.list.empty"));
            }
            for (Attribute a : all) {
                out().println(Messages.tr("attributes.list.row", kindName(a.ownerKind()), a.name(), AttributeService.typeName(a.type()),
                        a.choices().isEmpty() ? "" : " (" + String.join(", ", a.choices()) + ")"));
            }
            return TematikCli.OK;
        }
    }
}
