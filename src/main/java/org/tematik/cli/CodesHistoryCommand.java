package org.tematik.cli;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tematik.core.audit.CodeHistory;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.core.util.Json;
import org.tematik.core.util.UserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "history", description = "How a code got its current name, definition and place: renames, merges, "
        + "splits, deletions, undo, with who and when. CODE may also be a former name.")
final class CodesHistoryCommand extends ProjectCommand {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(java.time.ZoneOffset.UTC);

    @Parameters(paramLabel = "CODE", description = "Id, path, current name or a former name of the code.")
    String ref;
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    int run(Project project) {
        UUID id = resolve(project);
        List<CodeHistory.Step> steps = project.supervision().codeHistory().of(id);
        if (json) {
            out().println(Json.pretty(steps.stream().map(CodesHistoryCommand::row).toList()));
            return TematikCli.OK;
        }
        out().println(Messages.tr("codes.history.title", ref.strip(), id.toString()));
        for (CodeHistory.Step s : steps) {
            out().printf("%6d  %s  %-12s  %s%n", s.seq(), TIME.format(s.time()), s.coder(), s.text());
        }
        return TematikCli.OK;
    }

    /** A current code by id, path or name; else a code the trail once knew by that name (merged away, deleted). */
    private UUID resolve(Project project) {
        try {
            return project.codebook().resolve(ref).id();
        } catch (UserException e) {
            if (!"code.error.unknown".equals(e.key())) {
                throw e;
            }
            try {
                return UUID.fromString(ref.strip());
            } catch (IllegalArgumentException notAnId) {
                List<UUID> former = project.supervision().codeHistory().idsNamed(ref);
                if (former.size() == 1) {
                    return former.get(0);
                }
                throw former.isEmpty() ? e : new UserException("code.error.ambiguous", ref.strip());
            }
        }
    }

    private static Map<String, Object> row(CodeHistory.Step s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", s.seq());
        m.put("time", s.time().toString());
        m.put("coder", s.coder());
        m.put("action", s.action());
        m.put("kind", s.kind());
        m.put("text", s.text());
        m.put("before", s.before().isMissingNode() ? null : s.before());
        m.put("after", s.after().isMissingNode() ? null : s.after());
        return m;
    }
}
