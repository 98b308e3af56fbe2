package org.tematik.cli;

import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.core.search.AutocodeUnit;
import org.tematik.core.search.SearchLanguage;
import org.tematik.core.search.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "autocode", description = "Code every search hit (or its sentence, paragraph or speaker turn) with one code; "
        + "one 'undo' removes them all.")
final class AutocodeCommand extends ProjectCommand {
    @Parameters(paramLabel = "QUERY")
    String query;
    @Option(names = "--code", required = true, paramLabel = "C")
    String code;
    @Option(names = "--unit", defaultValue = "hit", paramLabel = "UNIT",
            description = "hit, sentence, paragraph or speaker-turn (default: ${DEFAULT-VALUE}).")
    String unit;
    @Option(names = "--lang", paramLabel = "id|en", description = "Only sources in this language.")
    String language;

    @Override
    int run(Project project) {
        AutocodeUnit u = AutocodeUnit.parse(unit);
        SearchService.AutocodeResult r = project.search().autocode(query, language == null ? null : SearchLanguage.parse(language),
                code, u);
        out().println(Messages.tr("autocode.done", r.coded(), u.label(), r.codeName(), r.hits()));
        if (r.alreadyCoded() > 0 || r.outsideUnits() > 0) {
            out().println(Messages.tr("autocode.skipped", r.alreadyCoded(), r.outsideUnits()));
        }
        return TematikCli.OK;
    }
}
