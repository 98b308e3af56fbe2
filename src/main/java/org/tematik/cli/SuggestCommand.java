package org.tematik.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.core.suggest.Evidence;
import org.tematik.core.suggest.RankedCode;
import org.tematik.core.suggest.SuggestUnit;
import org.tematik.core.suggest.SuggestionService;
import org.tematik.core.suggest.UnitSuggestions;
import org.tematik.core.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "suggest", description = "Suggest codes for the uncoded units of a source, learned locally from the codings "
        + "made so far; each with its score, evidence (the most similar coded segments) and shared words.",
        subcommands = SuggestCommand.Accept.class)
final class SuggestCommand extends ProjectCommand {
    @Option(names = "--source", paramLabel = "S", description = "The source (name or id).")
    String source;
    @Option(names = "--unit", defaultValue = "paragraph", paramLabel = "UNIT",
            description = "paragraph, sentence or speaker-turn (default: ${DEFAULT-VALUE}).")
    String unit;
    @Option(names = "--top", defaultValue = "3", paramLabel = "K", description = "Codes per unit (default: ${DEFAULT-VALUE}).")
    int top;
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    int run(Project project) {
        if (source == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--source=S' (or use 'suggest accept ID')");
        }
        SuggestUnit u = SuggestUnit.parse(unit);
        List<UnitSuggestions> units = project.suggestions().forSource(source, u, top);
        if (json) {
            out().println(Json.pretty(units.stream().map(SuggestCommand::toMap).toList()));
            return TematikCli.OK;
        }
        String name = project.sources().resolve(source).name();
        if (units.isEmpty()) {
            out().println(Messages.tr("suggest.list.none", name, u.label()));
            return TematikCli.OK;
        }
        for (UnitSuggestions s : units) {
            out().println(Messages.tr("suggest.list.unit", s.unit(), s.start(), s.end(), SuggestionService.snippet(s.text())));
            for (RankedCode c : s.codes()) {
                out().println(Messages.tr("suggest.list.code", c.id(), c.codeName(), score(c.score()), String.join(", ", c.terms()),
                        String.join(", ", c.evidence().stream().map(e -> e.codingId().toString()).toList())));
            }
        }
        out().println(Messages.tr("suggest.list.total", units.size(), name, project.suggestions().exampleCount()));
        return TematikCli.OK;
    }

    static String score(double score) {
        return String.format(Locale.ROOT, "%.3f", score);
    }

    private static Map<String, Object> toMap(UnitSuggestions s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("source", s.sourceId());
        m.put("sourceName", s.sourceName());
        m.put("start", s.start());
        m.put("end", s.end());
        m.put("unit", s.unit());
        m.put("text", s.text());
        List<Map<String, Object>> codes = new ArrayList<>();
        for (RankedCode c : s.codes()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", c.id());
            r.put("code", c.codeName());
            r.put("codeId", c.codeId());
            r.put("score", c.score());
            List<Map<String, Object>> evidence = new ArrayList<>();
            for (Evidence e : c.evidence()) {
                Map<String, Object> ev = new LinkedHashMap<>();
                ev.put("coding", e.codingId());
                ev.put("source", e.sourceId());
                ev.put("sourceName", e.sourceName());
                ev.put("start", e.start());
                ev.put("end", e.end());
                ev.put("score", e.score());
                ev.put("snippet", e.snippet());
                evidence.add(ev);
            }
            r.put("evidence", evidence);
            r.put("terms", c.terms());
            codes.add(r);
        }
        m.put("suggestions", codes);
        return m;
    }

    @Command(name = "accept", description = "Turn a suggestion (its id from 'suggest') into a coding; the audit trail records "
            + "origin: suggestion and the score.")
    static final class Accept extends ProjectCommand {
        @Parameters(paramLabel = "ID", description = "The suggestion id, e.g. 3f2a9c1b-120-480-9d0e11aa.")
        String id;

        @Override
        int run(Project project) {
            SuggestionService.Accepted a = project.suggestions().accept(id);
            out().println(Messages.tr("suggest.accepted", a.start(), a.end(), a.sourceName(), a.codeName(), score(a.score())));
            return TematikCli.OK;
        }
    }
}
