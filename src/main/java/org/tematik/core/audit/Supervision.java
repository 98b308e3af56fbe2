package org.tematik.core.audit;

import org.jdbi.v3.core.Jdbi;

/** The supervisor's tools over one project: reconciliation, and (below) history, activity and the viewer's queries. */
public final class Supervision {
    private final Reconciler reconciler;
    private final CodeHistory codeHistory;
    private final CoderActivity activity;
    private final org.tematik.core.export.AuditExporter exporter;

    public Supervision(Jdbi jdbi) {
        this.reconciler = new Reconciler(jdbi);
        this.codeHistory = new CodeHistory(jdbi);
        this.activity = new CoderActivity(jdbi);
        this.exporter = new org.tematik.core.export.AuditExporter(jdbi);
    }

    public org.tematik.core.export.AuditExporter exporter() {
        return exporter;
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
