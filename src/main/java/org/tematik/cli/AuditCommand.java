package org.tematik.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tematik.core.audit.AuditEvent;
import org.tematik.core.audit.Difference;
import org.tematik.core.audit.Verification;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.core.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "audit", description = "Read and verify the audit trail.",
        subcommands = {AuditCommand.Log.class, AuditCommand.Verify.class})
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

    @Command(name = "verify", description = "Recompute the hash chain and reconcile it with the codebook and codings; exit 1 naming what differs.")
    static final class Verify extends ProjectCommand {
        private static final int SHOWN_DIFFERENCES = 20;

        @Override
        int run(Project project) {
            Verification v = project.audit().verify();
            if (!v.isIntact()) {
                err().println(Messages.tr("audit.verify.broken", v.brokenSeq(), Messages.tr(v.problemKey())));
                return TematikCli.USER_ERROR;
            }
            List<Difference> differences = project.supervision().reconciler().reconcile();
            if (differences.isEmpty()) {
                out().println(Messages.tr("audit.verify.intact", v.events()));
                return TematikCli.OK;
            }
            err().println(Messages.tr("audit.reconcile.mismatch", v.events(), differences.size()));
            differences.stream().limit(SHOWN_DIFFERENCES).forEach(d -> err().println("  - " + d.message()));
            if (differences.size() > SHOWN_DIFFERENCES) {
                err().println("  " + Messages.tr("audit.reconcile.more", differences.size() - SHOWN_DIFFERENCES));
            }
            return TematikCli.USER_ERROR;
        }
    }
}
