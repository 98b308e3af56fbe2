package org.tematik.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tematik.core.codebook.Code;
import org.tematik.core.codebook.CodeNode;
import org.tematik.core.project.Project;
import org.tematik.core.util.Json;
import org.tematik.core.util.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "codes", description = "Build the codebook. A code is named by id, path (\"Theme > Code\") or unique name.",
        subcommands = {CodesCommand.Add.class, CodesCommand.ListCodes.class, CodesCommand.Rename.class,
                CodesCommand.Merge.class, CodesCommand.Delete.class, CodesHistoryCommand.class})
final class CodesCommand {

    @Command(name = "add", description = "Create a code.")
    static final class Add extends ProjectCommand {
        @Parameters(paramLabel = "NAME")
        String name;
        @Option(names = "--parent", paramLabel = "P", description = "The parent code (makes this a sub-code).")
        String parent;
        @Option(names = "--definition", paramLabel = "D")
        String definition;
        @Option(names = "--color", paramLabel = "#RRGGBB")
        String color;

        @Override
        int run(Project project) {
            Code code = project.codebook().add(name, parent, definition, color);
            out().println("Created code '" + code.name() + "' (" + code.id() + ")");
            return TematikCli.OK;
        }
    }

    @Command(name = "list", description = "List the codebook in tree order.")
    static final class ListCodes extends ProjectCommand {
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int run(Project project) {
            List<CodeNode> tree = project.codebook().tree();
            if (json) {
                out().println(Json.pretty(tree.stream().map(ListCodes::row).toList()));
                return TematikCli.OK;
            }
            for (CodeNode n : tree) {
                out().printf("%s%-40s  %6d  %s%n", "  ".repeat(n.depth()), n.code().name(), n.codings(), n.code().color());
            }
            return TematikCli.OK;
        }

        private static Map<String, Object> row(CodeNode n) {
            Code c = n.code();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("name", c.name());
            m.put("path", n.path());
            m.put("definition", c.definition());
            m.put("color", c.color());
            m.put("parent", c.parentId());
            m.put("count", n.codings());
            return m;
        }
    }

    @Command(name = "rename", description = "Rename a code.")
    static final class Rename extends ProjectCommand {
        @Parameters(index = "0", paramLabel = "OLD")
        String old;
        @Parameters(index = "1", paramLabel = "NEW")
        String newName;

        @Override
        int run(Project project) {
            Code code = project.codebook().rename(old, newName);
            out().println("Renamed code to '" + code.name() + "'");
            return TematikCli.OK;
        }
    }

    @Command(name = "merge", description = "Merge code FROM into code INTO (codings and sub-codes move; FROM is removed).")
    static final class Merge extends ProjectCommand {
        @Parameters(index = "0", paramLabel = "FROM")
        String from;
        @Parameters(index = "1", paramLabel = "INTO")
        String into;

        @Override
        int run(Project project) {
            Code code = project.codebook().merge(from, into);
            out().println("Merged '" + from + "' into '" + code.name() + "'");
            return TematikCli.OK;
        }
    }

    @Command(name = "delete", description = "Delete a code with its sub-codes and codings (undo brings them back).")
    static final class Delete extends ProjectCommand {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        int run(Project project) {
            Code code = project.codebook().resolve(name);
            var impact = project.codebook().impactOfDeleting(code.id());
            project.codebook().delete(code.id().toString());
            out().println("Deleted code '" + code.name() + "' with " + Plural.of(impact.childCodes(), "sub-code") + " and "
                    + Plural.of(impact.codings(), "coding"));
            return TematikCli.OK;
        }
    }
}
