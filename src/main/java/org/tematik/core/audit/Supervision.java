package org.tematik.core.audit;

import org.jdbi.v3.core.Jdbi;

/** The supervisor's tools over one project: reconciliation, and (below) history, activity and the viewer's queries. */
public final class Supervision {
    private final Reconciler reconciler;

    public Supervision(Jdbi jdbi) {
        this.reconciler = new Reconciler(jdbi);
    }

    public Reconciler reconciler() {
        return reconciler;
    }
}
