package org.tematik.core.audit;

import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.tematik.core.codebook.CodebookService;
import org.tematik.core.export.AuditExporter;
import org.tematik.core.history.CommandStack;

/** The supervisor's tools over one project: reconciliation, code history, coder activity, reviews, exports. */
public final class Supervision {
    private final Reconciler reconciler;
    private final CodeHistory codeHistory;
    private final CoderActivity activity;
    private final ReviewService reviews;
    private final AuditExporter exporter;
    private final AuditBrowser browser;

    public Supervision(Jdbi jdbi, CommandStack stack, String user, CodebookService codebook) {
        this.reconciler = new Reconciler(jdbi);
        this.browser = new AuditBrowser(jdbi);
        this.codeHistory = new CodeHistory(jdbi);
        this.activity = new CoderActivity(jdbi);
        this.reviews = new ReviewService(jdbi, stack, user, codebook);
        this.exporter = new AuditExporter(jdbi, reconciler, codeHistory, activity, reviews, codebook, Clock.systemUTC());
    }

    public AuditBrowser browser() {
        return browser;
    }

    public Reconciler reconciler() {
        return reconciler;
    }

    public CodeHistory codeHistory() {
        return codeHistory;
    }

    public CoderActivity activity() {
        return activity;
    }

    public ReviewService reviews() {
        return reviews;
    }

    public AuditExporter exporter() {
        return exporter;
    }
}
