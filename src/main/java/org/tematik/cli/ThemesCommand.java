package org.tematik.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.core.theme.Theme;
import org.tematik.core.theme.ThemeSummary;
import org.tematik.core.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "themes", description = "Candidate themes: groups of codes with a definition and a status.",
        subcommands = {ThemesCommand.Add.class, ThemesCommand.ListThemes.class, ThemesCommand.Status.class})
final class ThemesCommand {

    @Command(name = "add", description = "Create a candidate theme.")
    static final class Add extends ProjectCommand {
        @Parameters(paramLabel = "NAME")
        String name;
        @Option(names = "--codes", split = ",", paramLabel = "C1,C2...", description = "Codes under the theme (name, path or id).")
        List<String> codes = new ArrayList<>();
        @Option(names = "--definition", paramLabel = "D", description = "What the theme is about (its story).")
        String definition;

        @Override
        int run(Project project) {
            Theme theme = project.themes().add(name, codes, definition, null);
            out().println(Messages.tr("theme.cli.added", theme.name(), codes.size(), theme.id()));
            return TematikCli.OK;
        }
    }

    @Command(name = "list", description = "List themes with their codes, coded segments and distinct sources.")
    static final class ListThemes extends ProjectCommand {
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int run(Project project) {
            List<ThemeSummary> all = project.themes().summaries();
            if (json) {
                out().println(Json.pretty(all.stream().map(ListThemes::row).toList()));
                return TematikCli.OK;
            }
            if (all.isEmpty()) {
                out().println(Messages.tr("theme.cli.none"));
            }
            for (ThemeSummary s : all) {
                out().println(Messages.tr("theme.cli.line", s.theme().name(), Messages.tr(
                        org.tematik.core.theme.ThemeStatus.parse(s.theme().status()).labelKey()), s.segments(), s.sources(),
                        String.join(", ", s.codes())));
            }
            return TematikCli.OK;
        }

        private static Map<String, Object> row(ThemeSummary s) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.theme().id());
            m.put("name", s.theme().name());
            m.put("status", s.theme().status());
            m.put("definition", s.theme().definition());
            m.put("parent", s.theme().parentId());
            m.put("codes", s.codes());
            m.put("segments", s.segments());
            m.put("sources", s.sources());
            m.put("coders", s.coders());
            return m;
        }
    }

    @Command(name = "status", description = "Promote or demote a theme: candidate, reviewed or final.")
    static final class Status extends ProjectCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Parameters(index = "1", paramLabel = "candidate|reviewed|final")
        String status;

        @Override
        int run(Project project) {
            Theme theme = project.themes().setStatus(name, status);
            out().println(Messages.tr("theme.cli.status", theme.name(),
                    Messages.tr(org.tematik.core.theme.ThemeStatus.parse(theme.status()).labelKey())));
            return TematikCli.OK;
        }
    }
}
