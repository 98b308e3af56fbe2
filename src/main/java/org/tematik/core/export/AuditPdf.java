package org.tematik.core.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.tematik.core.audit.AuditEvent;
import org.tematik.core.audit.AuditFilter;
import org.tematik.core.audit.CodeHistory;
import org.tematik.core.audit.CoderActivity;
import org.tematik.core.audit.Difference;
import org.tematik.core.audit.EventText;
import org.tematik.core.audit.Review;
import org.tematik.core.audit.ReviewService;
import org.tematik.core.codebook.CodeNode;
import org.tematik.core.i18n.Messages;
import org.tematik.core.storage.AuditQueryDao;
import org.tematik.core.util.UserException;

/**
 * The audit report for a thesis appendix or an ethics board: project summary, integrity with the chain
 * head hash and how to re-check it, the codebook with each code's history, coder activity per day,
 * sign-offs and reviews, and the first events of the selection.
 */
final class AuditPdf {
    static final int EVENTS_SHOWN = 300;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final float[] HISTORY = {0.16f, 0.12f, 0.72f};
    private static final float[] ACTIVITY = {0.16f, 0.28f, 0.14f, 0.14f, 0.14f, 0.14f};
    private static final float[] EVENTS = {0.08f, 0.16f, 0.12f, 0.64f};

    private AuditPdf() {
    }

    static void write(AuditReport r, AuditFilter filter, Jdbi jdbi, EventText text, Path file) {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try (AuditPdfWriter pdf = new AuditPdfWriter(Messages.tr("report.footer", r.projectName(), r.headHash().substring(0, 16)))) {
            pdf.title(Messages.tr("report.title", r.projectName()));
            pdf.text(Messages.tr("report.generated", TIME.format(r.generatedAt()), r.generatedBy(), r.selection()));
            summary(pdf, r);
            integrity(pdf, r);
            codebook(pdf, r);
            activity(pdf, r.activity());
            signOffs(pdf, r);
            events(pdf, r, filter, jdbi, text);
            pdf.save(tmp);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserException(e, "export.error.write", file, e.getMessage());
        }
    }

    private static void summary(AuditPdfWriter pdf, AuditReport r) throws IOException {
        pdf.heading(Messages.tr("report.summary.heading"));
        pdf.text(Messages.tr("report.summary.body", r.events(), r.selectedEvents(), String.join(", ", r.coders()), r.sources(),
                r.codebook().size(), r.codings()));
    }

    private static void integrity(AuditPdfWriter pdf, AuditReport r) throws IOException {
        pdf.heading(Messages.tr("report.integrity.heading"));
        if (!r.chain().isIntact()) {
            pdf.text(Messages.tr("audit.verify.broken", r.chain().brokenSeq(), Messages.tr(r.chain().problemKey())));
        } else if (!r.differences().isEmpty()) {
            pdf.text(Messages.tr("audit.reconcile.mismatch", r.chain().events(), r.differences().size()));
            for (Difference d : r.differences().stream().limit(30).toList()) {
                pdf.text("  - " + d.message());
            }
        } else {
            pdf.text(Messages.tr("report.integrity.intact", r.chain().events()));
        }
        pdf.subheading(Messages.tr("report.head.heading"));
        pdf.code(Messages.tr("report.head", r.headSeq(), r.headHash()));
        pdf.text(Messages.tr("report.head.howto"));
    }

    private static void codebook(AuditPdfWriter pdf, AuditReport r) throws IOException {
        pdf.heading(Messages.tr("report.codebook.heading"));
        for (CodeNode n : r.codebook()) {
            pdf.subheading(n.path() + "  (" + Messages.tr("report.codebook.codings", n.codings()) + ")");
            if (n.code().definition() != null) {
                pdf.text(Messages.tr("report.codebook.definition", n.code().definition()));
            }
            for (ReviewService.Agreement a : r.agreements()) {
                if (a.review().targetId().equals(n.code().id().toString())) {
                    pdf.text(Messages.tr(a.current() ? "report.codebook.agreed" : "report.codebook.agreedStale",
                            a.review().reviewer(), TIME.format(a.review().createdAt())));
                }
            }
            steps(pdf, r.histories().get(n.code().id()));
        }
        if (!r.formerNames().isEmpty()) {
            pdf.subheading(Messages.tr("report.codebook.former"));
            for (var former : r.formerNames().entrySet()) {
                pdf.text(Messages.tr("report.codebook.formerName", former.getValue()));
                steps(pdf, r.histories().get(former.getKey()));
            }
        }
    }

    private static void steps(AuditPdfWriter pdf, List<CodeHistory.Step> steps) throws IOException {
        if (steps == null) {
            return;
        }
        for (CodeHistory.Step s : steps) {
            pdf.row(HISTORY, false, TIME.format(s.time()), s.coder(), "#" + s.seq() + "  " + s.text());
        }
        pdf.space(3);
    }

    private static void activity(AuditPdfWriter pdf, List<CoderActivity.Day> days) throws IOException {
        pdf.heading(Messages.tr("report.activity.heading"));
        pdf.row(ACTIVITY, true, Messages.tr("report.col.day"), Messages.tr("report.col.coder"), Messages.tr("report.col.added"),
                Messages.tr("report.col.removed"), Messages.tr("report.col.sources"), Messages.tr("report.col.other"));
        for (CoderActivity.Day d : days) {
            pdf.row(ACTIVITY, false, d.day().toString(), d.coder(), Integer.toString(d.codingsAdded()),
                    Integer.toString(d.codingsRemoved()), Integer.toString(d.sourcesTouched()), Integer.toString(d.otherChanges()));
        }
    }

    private static void signOffs(AuditPdfWriter pdf, AuditReport r) throws IOException {
        pdf.heading(Messages.tr("report.signoffs.heading"));
        if (r.signOffs().isEmpty()) {
            pdf.text(Messages.tr("report.signoffs.none"));
        }
        for (ReviewService.SignOffStatus s : r.signOffs()) {
            Review v = s.review();
            pdf.text(Messages.tr(s.holds() ? "review.list.signoff" : "review.list.signoffBroken", v.body(), v.reviewer(),
                    TIME.format(v.createdAt()), v.headSeq(), v.headHash(), s.eventsSince()));
        }
        if (!r.comments().isEmpty()) {
            pdf.subheading(Messages.tr("report.reviews.heading"));
            for (Review c : r.comments()) {
                pdf.text(Messages.tr("review.list.comment", c.targetType(), r.commentTargets().get(c.id()), c.reviewer(),
                        TIME.format(c.createdAt()),
                        c.body()));
            }
        }
    }

    private static void events(AuditPdfWriter pdf, AuditReport r, AuditFilter filter, Jdbi jdbi, EventText text) throws IOException {
        pdf.heading(Messages.tr("report.events.heading"));
        List<AuditEvent> first = jdbi.withHandle(h -> {
            try (Stream<AuditEvent> events = h.attach(AuditQueryDao.class).stream(filter)) {
                return events.limit(EVENTS_SHOWN).toList();
            }
        });
        pdf.row(EVENTS, true, "#", Messages.tr("report.col.time"), Messages.tr("report.col.coder"),
                Messages.tr("report.col.description"));
        for (AuditEvent e : first) {
            pdf.row(EVENTS, false, Long.toString(e.seq()), TIME.format(e.time()), e.coder(), text.describe(e));
        }
        if (r.selectedEvents() > first.size()) {
            pdf.text(Messages.tr("report.events.more", r.selectedEvents() - first.size()));
        }
    }
}
