package org.tematik.core.export;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.tematik.core.audit.AuditEvent;
import org.tematik.core.audit.AuditFilter;
import org.tematik.core.audit.AuditTrail;
import org.tematik.core.audit.CodeHistory;
import org.tematik.core.audit.CoderActivity;
import org.tematik.core.audit.EventText;
import org.tematik.core.audit.Reconciler;
import org.tematik.core.audit.ReviewService;
import org.tematik.core.audit.Verification;
import org.tematik.core.codebook.CodeNode;
import org.tematik.core.codebook.CodebookService;
import org.tematik.core.storage.AuditDao;
import org.tematik.core.storage.AuditQueryDao;
import org.tematik.core.storage.AuditStateDao;

/** Writes the trail (or a selection of it) as CSV, XLSX or a PDF report. */
public final class AuditExporter {
    public enum Format { csv, xlsx, pdf }

    private final Jdbi jdbi;
    private final Reconciler reconciler;
    private final CodeHistory history;
    private final CoderActivity activity;
    private final ReviewService reviews;
    private final CodebookService codebook;
    private final Clock clock;

    public AuditExporter(Jdbi jdbi, Reconciler reconciler, CodeHistory history, CoderActivity activity, ReviewService reviews,
                         CodebookService codebook, Clock clock) {
        this.jdbi = jdbi;
        this.reconciler = reconciler;
        this.history = history;
        this.activity = activity;
        this.reviews = reviews;
        this.codebook = codebook;
        this.clock = clock;
    }

    /** Exports the events the filter selects; returns how many. */
    public long export(Format format, AuditFilter filter, Path file, String projectName, String user) {
        Map<UUID, String> names = history.names();
        EventText text = new EventText(names::get);
        if (format == Format.csv) {
            return jdbi.withHandle(handle -> {
                try (Stream<AuditEvent> events = handle.attach(AuditQueryDao.class).stream(filter)) {
                    Iterator<AuditEvent> it = events.iterator();
                    return AuditCsv.write(it, text::describe, selection(filter), file);
                }
            });
        }
        AuditReport report = report(filter, projectName, user);
        if (format == Format.xlsx) {
            AuditWorkbook.write(report, filter, jdbi, text, file);
        } else {
            AuditPdf.write(report, filter, jdbi, text, file);
        }
        return report.selectedEvents();
    }

    AuditReport report(AuditFilter filter, String projectName, String user) {
        Verification chain = new AuditTrail(jdbi).verify();
        var differences = chain.isIntact() ? reconciler.reconcile() : List.<org.tematik.core.audit.Difference>of();
        var head = jdbi.withExtension(AuditDao.class, AuditDao::head);
        List<String> coders = jdbi.withExtension(AuditQueryDao.class, AuditQueryDao::coders);
        long selected = jdbi.withExtension(AuditQueryDao.class, dao -> dao.seqs(filter)).size();
        var state = jdbi.withHandle(h -> {
            AuditStateDao dao = h.attach(AuditStateDao.class);
            return new int[] {(int) dao.sources().stream().filter(s -> !s.removed()).count(), dao.codings().size()};
        });
        Map<UUID, List<CodeHistory.Step>> histories = new LinkedHashMap<>();
        history.all().forEach((id, steps) -> {
            List<CodeHistory.Step> kept = steps.stream().filter(s -> selects(filter, s)).toList();
            if (!kept.isEmpty()) {
                histories.put(id, kept);
            }
        });
        List<CodeNode> tree = codebook.tree();
        Set<UUID> current = new HashSet<>();
        tree.forEach(n -> current.add(n.code().id()));
        Map<UUID, String> former = new LinkedHashMap<>();
        histories.forEach((id, steps) -> {
            if (!current.contains(id)) {
                former.put(id, lastName(steps));
            }
        });
        var comments = reviews.comments();
        Map<UUID, String> targets = new LinkedHashMap<>();
        comments.forEach(c -> targets.put(c.id(), reviews.targetLabel(c)));
        return new AuditReport(projectName, clock.instant(), user, selection(filter), head.lastSeq(), selected, coders,
                state[0], state[1], chain, differences, head.lastSeq(), head.lastHash(), tree, histories, former,
                activity.of(filter), reviews.signOffs(), reviews.agreements(), comments, targets);
    }

    private static boolean selects(AuditFilter f, CodeHistory.Step s) {
        return (f.coder() == null || f.coder().equals(s.coder())) && (f.from() == null || !s.time().isBefore(f.from()));
    }

    /** The name a code had last, from its story (for codes merged away or deleted). */
    private static String lastName(List<CodeHistory.Step> steps) {
        List<CodeHistory.Step> reversed = new ArrayList<>(steps);
        java.util.Collections.reverse(reversed);
        for (CodeHistory.Step s : reversed) {
            for (var state : List.of(s.after(), s.before())) {
                if (state.hasNonNull("name")) {
                    return state.get("name").asText();
                }
            }
        }
        return "?";
    }

    /** How the file names its selection: "all", or the filter in a stable, readable form. */
    static String selection(AuditFilter f) {
        if (f.isAll()) {
            return AuditCsv.ALL;
        }
        StringBuilder s = new StringBuilder();
        if (f.from() != null) {
            s.append("since ").append(f.from());
        }
        if (f.coder() != null) {
            s.append(s.length() == 0 ? "" : ", ").append("coder ").append(f.coder());
        }
        return s.length() == 0 ? "filtered" : s.toString();
    }
}
