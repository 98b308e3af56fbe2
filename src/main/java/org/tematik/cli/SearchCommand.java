package org.tematik.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.core.search.SearchHit;
import org.tematik.core.search.SearchLanguage;
import org.tematik.core.search.SearchResult;
import org.tematik.core.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", description = "Search the sources: words, \"phrases\", AND/OR/NOT, wild*cards, \"near words\"~5.")
final class SearchCommand extends ProjectCommand {
    @Parameters(paramLabel = "QUERY")
    String query;
    @Option(names = "--lang", paramLabel = "id|en", description = "Only sources in this language (default: all, each in its own).")
    String language;
    @Option(names = "--limit", paramLabel = "N", description = "At most N hits (default: all).")
    Integer limit;
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    int run(Project project) {
        SearchLanguage lang = language == null ? null : SearchLanguage.parse(language);
        SearchResult r = project.search().search(query, lang, limit == null ? Integer.MAX_VALUE : Math.max(1, limit));
        if (json) {
            out().println(Json.pretty(r.hits().stream().map(SearchCommand::row).toList()));
            return TematikCli.OK;
        }
        for (SearchHit h : r.hits()) {
            out().printf("%-30s  %-8s  %7d-%-7d  %s%n", h.sourceName(), h.page() == 0 ? "" : Messages.tr("search.page", h.page()),
                    h.start(), h.end(), h.snippet());
        }
        out().println(Messages.tr("search.summary", r.hits().size(), r.paragraphs(), r.millis()));
        return TematikCli.OK;
    }

    static Map<String, Object> row(SearchHit h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", h.sourceName());
        m.put("sourceId", h.sourceId());
        m.put("start", h.start());
        m.put("end", h.end());
        m.put("page", h.page() == 0 ? null : h.page());
        m.put("paragraph", h.paragraph() == 0 ? null : h.paragraph());
        m.put("match", h.match());
        m.put("snippet", h.snippet());
        return m;
    }
}
