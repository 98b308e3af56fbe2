package org.tematik.core.export;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tematik.core.audit.CodeHistory;
import org.tematik.core.audit.CoderActivity;
import org.tematik.core.audit.Difference;
import org.tematik.core.audit.Review;
import org.tematik.core.audit.ReviewService;
import org.tematik.core.audit.Verification;
import org.tematik.core.codebook.CodeNode;

/** Everything the XLSX and PDF reports show, gathered once. Histories and activity follow the selection. */
record AuditReport(String projectName, Instant generatedAt, String generatedBy, String selection,
                   long events, long selectedEvents, List<String> coders, int sources, int codings,
                   Verification chain, List<Difference> differences, long headSeq, String headHash,
                   List<CodeNode> codebook, Map<UUID, List<CodeHistory.Step>> histories, Map<UUID, String> formerNames,
                   List<CoderActivity.Day> activity, List<ReviewService.SignOffStatus> signOffs,
                   List<ReviewService.Agreement> agreements, List<Review> comments, Map<UUID, String> commentTargets) {

    boolean intact() {
        return chain.isIntact() && differences.isEmpty();
    }
}
