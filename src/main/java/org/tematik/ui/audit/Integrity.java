package org.tematik.ui.audit;

import java.util.List;
import java.util.stream.Collectors;
import org.tematik.core.audit.Difference;
import org.tematik.core.audit.Verification;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;

/** "Verify trail": the chain, then the replay against the tables, said plainly. */
record Integrity(String message, Long brokenSeq) {
    private static final int SHOWN = 5;

    static Integrity check(Project project) {
        Verification v = project.audit().verify();
        if (!v.isIntact()) {
            return new Integrity(Messages.tr("audit.verify.broken", v.brokenSeq(), Messages.tr(v.problemKey())), v.brokenSeq());
        }
        List<Difference> differences = project.supervision().reconciler().reconcile();
        if (differences.isEmpty()) {
            return new Integrity(Messages.tr("audit.verify.intact", v.events()), null);
        }
        String listed = differences.stream().limit(SHOWN).map(d -> "• " + d.message()).collect(Collectors.joining("\n"));
        String more = differences.size() > SHOWN ? "\n" + Messages.tr("audit.reconcile.more", differences.size() - SHOWN) : "";
        return new Integrity(Messages.tr("audit.reconcile.mismatch", v.events(), differences.size()) + "\n" + listed + more, null);
    }
}
