package org.tematik.core.audit;

import org.jdbi.v3.core.Jdbi;

/** The supervisor's tools over one project: reconciliation, and (below) history, activity and the viewer's queries. */
public final class Supervision {
    private final Reconciler reconciler;
    private final CodeHistory codeHistory;

    public Supervision(Jdbi jdbi) {
        this.reconciler = new Reconciler(jdbi);
        this.codeHistory = new CodeHistory(jdbi);
    }

    public CodeHistory codeHistory() {
        return codeHistory;
    }

    public Reconciler reconciler() {
        return reconciler;
    }
}
