package org.tematik.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tematik.core.audit.AuditFilter;
import org.tematik.core.audit.CoderActivity;
import org.tematik.core.export.AuditCsv;
import org.tematik.core.export.AuditExporter;
import org.tematik.core.audit.AuditEvent;
import org.tematik.core.audit.Difference;
import org.tematik.core.audit.Verification;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.core.util.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "audit", description = "Read and verify the audit trail.",
        subcommands = {AuditCommand.Log.class, AuditCommand.Verify.class, AuditCommand.Export.class,
                AuditCommand.Activity.class})
final class AuditCommand {
    private static final int PAGE = 2_000;

    @Command(name = "log", description = "Print the audit trail, oldest first.")
    static final class Log extends ProjectCommand {
        @Option(names = "--json", description = "Print JSON (one array).")
        boolean json;

        @Override
        int run(Project project) {
            if (json) {
                out().println("[");
            }
            long after = 0;
            boolean first = true;
            List<AuditEvent> page;
            do {
                page = project.audit().page(after, PAGE);
                for (AuditEvent e : page) {
                    if (json) {
                        String obj = Json.pretty(row(e)).indent(2).stripTrailing();
                        out().print((first ? "" : ",\n") + obj);
                    } else {
                        out().printf("%6d  %s  %-12s  %-14s  %s%n", e.seq(), e.time(), e.coder(), e.action(), e.summary());
                    }
                    first = false;
                    after = e.seq();
                }
            } while (page.size() == PAGE);
            if (json) {
                out().println(first ? "]" : "\n]");
            }
            return TematikCli.OK;
        }

        private static Map<String, Object> row(AuditEvent e) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("seq", e.seq());
            m.put("time", e.time().toString());
            m.put("coder", e.coder());
            m.put("action", e.action());
            m.put("entity", e.entity());
            m.put("summary", e.summary());
            m.put("data", Json.read(e.data()));
            m.put("prevHash", e.prevHash());
            m.put("hash", e.hash());
            return m;
        }
    }

    @Command(name = "verify", description = "Recompute the hash chain and reconcile it with the codebook and codings "
            + "(or check an exported CSV with --file, no project needed); exit 1 naming what differs.")
    static final class Verify implements Callable<Integer> {
        private static final int SHOWN_DIFFERENCES = 20;

        @Spec
        CommandSpec spec;
        @Option(names = "--file", paramLabel = "EXPORT.csv", description = "An exported trail (audit export --format csv).")
        Path file;

        @Override
        public Integer call() {
            if (file != null) {
                return verifyFile();
            }
            try (Project project = ((TematikCli) spec.root().userObject()).openProject()) {
                return verifyProject(project);
            }
        }

        private int verifyProject(Project project) {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Verification v = project.audit().verify();
            if (!v.isIntact()) {
                err.println(Messages.tr("audit.verify.broken", v.brokenSeq(), Messages.tr(v.problemKey())));
                return TematikCli.USER_ERROR;
            }
            List<Difference> differences = project.supervision().reconciler().reconcile();
            if (differences.isEmpty()) {
                out.println(Messages.tr("audit.verify.intact", v.events()));
                return TematikCli.OK;
            }
            err.println(Messages.tr("audit.reconcile.mismatch", v.events(), differences.size()));
            differences.stream().limit(SHOWN_DIFFERENCES).forEach(d -> err.println("  - " + d.message()));
            if (differences.size() > SHOWN_DIFFERENCES) {
                err.println("  " + Messages.tr("audit.reconcile.more", differences.size() - SHOWN_DIFFERENCES));
            }
            return TematikCli.USER_ERROR;
        }

        private int verifyFile() {
            AuditCsv.FileCheck check = AuditCsv.verify(file);
            if (!check.isIntact()) {
                spec.commandLine().getErr().println(Messages.tr("audit.file.broken", file.getFileName().toString(),
                        check.brokenSeq(), Messages.tr(check.problemKey())));
                return TematikCli.USER_ERROR;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(check.complete()
                    ? Messages.tr("audit.file.intact", check.events(), check.lastSeq())
                    : Messages.tr("audit.file.intactSelection", check.events(), check.selection(), check.firstSeq(), check.lastSeq()));
            out.println(Messages.tr("audit.file.head", check.lastSeq(), check.headHash()));
            return TematikCli.OK;
        }
    }

    @Command(name = "export", description = "Export the trail: csv (verifiable with 'audit verify --file'), "
            + "xlsx (one sheet per view) or pdf (a readable report).")
    static final class Export extends ProjectCommand {
        @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "One of: ${COMPLETION-CANDIDATES}.")
        AuditExporter.Format format;
        @Option(names = "--since", paramLabel = "DATE", converter = SinceConverter.class,
                description = "Only events from this day (yyyy-MM-dd, UTC) or instant (ISO-8601) on.")
        Instant since;
        @Option(names = "--coder", paramLabel = "NAME", description = "Only this coder's events.")
        String coder;
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE")
        Path output;

        @Override
        int run(Project project) {
            long n = project.supervision().exporter().export(format, AuditFilter.since(since, coder), output, project.name(),
                    project.coder());
            out().println(Messages.tr("audit.export.done", n, output.toString()));
            return TematikCli.OK;
        }
    }

    @Command(name = "activity", description = "Per coder and day (UTC): codings added and removed, sources touched, other changes.")
    static final class Activity extends ProjectCommand {
        @Option(names = "--since", paramLabel = "DATE", converter = SinceConverter.class,
                description = "Only from this day (yyyy-MM-dd, UTC) or instant on.")
        Instant since;
        @Option(names = "--coder", paramLabel = "NAME", description = "Only this coder.")
        String coder;
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int run(Project project) {
            List<CoderActivity.Day> days = project.supervision().activity().of(AuditFilter.since(since, coder));
            if (json) {
                out().println(Json.pretty(days));
                return TematikCli.OK;
            }
            out().println(Messages.tr("audit.activity.header"));
            for (CoderActivity.Day d : days) {
                out().printf("%-10s  %-16s  %7d  %7d  %7d  %7d%n", d.day(), d.coder(), d.codingsAdded(), d.codingsRemoved(),
                        d.sourcesTouched(), d.otherChanges());
            }
            return TematikCli.OK;
        }
    }

    /** A day (start of the day, UTC) or an exact instant. */
    static final class SinceConverter implements CommandLine.ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return LocalDate.parse(value.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADay) {
                try {
                    return Instant.parse(value.strip());
                } catch (DateTimeParseException e) {
                    throw new CommandLine.TypeConversionException(Messages.tr("audit.export.badDate", value));
                }
            }
        }
    }
}
