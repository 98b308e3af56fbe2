package org.tematik.core.audit;

import org.jdbi.v3.core.Jdbi;

/** The supervisor's tools over one project: reconciliation, code history, coder activity, reviews, exports. */
public final class Supervision {
    private final Reconciler reconciler;
    private final CodeHistory codeHistory;
    private final CoderActivity activity;
    private final ReviewService reviews;
    private final org.tematik.core.export.AuditExporter exporter;

    public Supervision(Jdbi jdbi, org.tematik.core.history.CommandStack stack, String user,
                       org.tematik.core.codebook.CodebookService codebook) {
        this.reviews = new ReviewService(jdbi, stack, user, codebook);
        this.reconciler = new Reconciler(jdbi);
        this.codeHistory = new CodeHistory(jdbi);
        this.activity = new CoderActivity(jdbi);
        this.exporter = new org.tematik.core.export.AuditExporter(jdbi);
    }

    public org.tematik.core.export.AuditExporter exporter() {
        return exporter;
    }

    public ReviewService reviews() {
        return reviews;
    }

    public CoderActivity activity() {
        return activity;
    }

    public CodeHistory codeHistory() {
        return codeHistory;
    }

    public Reconciler reconciler() {
        return reconciler;
    }
}
