package org.tematik.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.project.Project;
import org.tematik.testsupport.CliRun;
import org.tematik.testsupport.Db;
import org.tematik.testsupport.ProjectCopies;
import org.tematik.testsupport.SupervisedProject;

/** A supervisor (another --user) comments, agrees definitions and signs off stages; all of it is in the trail. */
class ReviewTest {
    @TempDir
    static Path shared;
    static Path pristine;

    @TempDir
    Path tmp;

    @BeforeAll
    static void build() {
        pristine = SupervisedProject.create(shared);
    }

    private Path copy() {
        return ProjectCopies.copy(pristine, tmp.resolve("p"));
    }

    private static CliRun rina(Path dir, String... args) {
        return CliRun.in(dir, "dr-rina", args);
    }

    @Test
    void commentsOnEventCodeAndCodingAreAuditedAsTheSupervisor() {
        Path dir = copy();
        String codingId = Db.scalar(dir, "SELECT id FROM codings ORDER BY start_cp FETCH FIRST 1 ROWS ONLY").toString();
        assertThat(rina(dir, "review", "comment", "--event", "5", "Why this span?").exit()).isZero();
        assertThat(rina(dir, "review", "comment", "--code", SupervisedProject.RENAMED, "Too broad").exit()).isZero();
        CliRun coding = rina(dir, "review", "comment", "--coding", codingId, "Good example");
        assertThat(coding.exit()).as(coding.toString()).isZero();
        assertThat(coding.out().strip()).isEqualTo("Comment recorded.");

        try (Project p = Project.open(dir, "x")) {
            long n = p.audit().count();
            List<AuditEvent> last = p.audit().page(n - 3, 3);
            assertThat(last).extracting(AuditEvent::action).containsOnly("review.comment");
            assertThat(last).extracting(AuditEvent::coder).containsOnly("dr-rina");
            assertThat(last).extracting(AuditEvent::entityType).containsExactly("event", "code", "coding");
            assertThat(last.get(1).summary()).isEqualTo("Commented on code 'Central coordination': Too broad");
            assertThat(p.supervision().reviews().commentsOn("event", "5")).extracting(Review::body).containsExactly("Why this span?");
            assertThat(p.audit().verify().isIntact()).isTrue();
            assertThat(p.supervision().reconciler().reconcile()).isEmpty();
        }
        CliRun list = rina(dir, "review", "list");
        assertThat(list.out()).contains("comment on code 'Central coordination' by dr-rina").contains("comment on event #5").contains("by dr-rina").contains(": Too broad");
    }

    @Test
    void agreedDefinitionIsInTheCodeHistoryAndGoesStaleWhenTheDefinitionChanges() {
        Path dir = copy();
        CliRun agree = rina(dir, "review", "agree", SupervisedProject.RESOURCES);
        assertThat(agree.exit()).as(agree.toString()).isZero();
        assertThat(agree.out().strip()).isEqualTo("Definition of code 'Budget and human resources' marked as agreed.");
        CliRun history = rina(dir, "codes", "history", SupervisedProject.RESOURCES);
        assertThat(history.out().lines().reduce((a, b) -> b).orElseThrow())
                .contains("dr-rina").endsWith("agreed the definition of code 'Budget and human resources'");
        assertThat(rina(dir, "review", "list").out()).contains("agreed definition of 'Budget and human resources' by dr-rina")
                .contains("unchanged since");

        Db.update(dir, "UPDATE codes SET definition = 'Money only' WHERE name = ?", SupervisedProject.RESOURCES);
        assertThat(rina(dir, "review", "list").out()).contains("CHANGED since");
    }

    @Test
    void codeWithoutDefinitionCannotBeAgreed() {
        CliRun run = rina(copy(), "review", "agree", SupervisedProject.LEADERSHIP);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("Code 'Leadership change' has no definition yet, so there is nothing to agree on.");
    }

    @Test
    void signOffRecordsTheHeadAndNoticesWhenItNoLongerHolds() {
        Path dir = copy();
        long head;
        String hash;
        try (Project p = Project.open(dir, "x")) {
            head = p.audit().count();
            hash = p.audit().page(head - 1, 1).get(0).hash();
        }
        CliRun sign = rina(dir, "review", "signoff", "codebook v1 agreed");
        assertThat(sign.exit()).as(sign.toString()).isZero();
        assertThat(sign.out().strip()).isEqualTo("Signed off 'codebook v1 agreed' at event " + head + "; head hash " + hash);
        CliRun rename = CliRun.in(dir, "alice", "codes", "rename", SupervisedProject.LEADERSHIP, "Leadership");
        assertThat(rename.exit()).isZero();
        assertThat(rina(dir, "review", "list").out()).contains("still holds; 1 changes since");
        assertThat(rina(dir, "audit", "verify").exit()).isZero();

        Db.update(dir, "UPDATE audit_events SET hash = ? WHERE seq = ?", "f".repeat(64), head);
        assertThat(rina(dir, "review", "list").out()).contains("NO LONGER HOLDS");
        assertThat(rina(dir, "audit", "verify").exit()).isEqualTo(1);
    }

    @Test
    void signOffDeletedOrEditedBehindTheAppsBackIsAMismatch() {
        Path dir = copy();
        assertThat(rina(dir, "review", "signoff", "codebook v1 agreed").exit()).isZero();
        assertThat(rina(dir, "review", "comment", "--event", "3", "ok").exit()).isZero();
        assertThat(rina(dir, "audit", "verify").exit()).isZero();
        Db.update(dir, "UPDATE reviews SET body = 'looks fine' WHERE kind = 'comment'");
        Db.update(dir, "DELETE FROM reviews WHERE kind = 'signoff'");
        CliRun run = rina(dir, "audit", "verify");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).hasSize(3);
        assertThat(run.errLines().get(1)).contains("review (signoff) 'codebook v1 agreed' by dr-rina is missing");
        assertThat(run.errLines().get(2)).contains("review (comment) 'ok' by dr-rina was changed after event");
    }

    @Test
    void commentOnAMissingEventOrEmptyTextIsRefused() {
        Path dir = copy();
        CliRun missing = rina(dir, "review", "comment", "--event", "9999", "x");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).startsWith("There is no event 9999; the trail has events 1 to ");
        CliRun empty = rina(dir, "review", "comment", "--code", SupervisedProject.RENAMED, "  ");
        assertThat(empty.exit()).isEqualTo(1);
        assertThat(empty.err()).contains("The comment is empty.");
        CliRun both = rina(dir, "review", "comment", "--event", "1", "--code", "X", "x");
        assertThat(both.exit()).isEqualTo(2);
    }
}
