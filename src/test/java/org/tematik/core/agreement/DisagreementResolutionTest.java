package org.tematik.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.audit.AuditEvent;
import org.tematik.core.coding.CodingView;
import org.tematik.core.project.Project;
import org.tematik.testsupport.TwoCoders;

/** Discussing and resolving disagreements: audited commands that one undo reverses. */
class DisagreementResolutionTest {
    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void twoCoders() throws Exception {
        project = TwoCoders.create(dir);
    }

    private static AgreementReport compare(Project p) {
        return p.agreement().compare(List.of("alice", "bob"), List.of("Koordinasi"), Unit.PARAGRAPH);
    }

    @Test
    void adoptingAlicesCodingMakesBobAgreeAndOneUndoRestoresBoth() {
        try (Project supervisor = Project.open(project, "sri")) {
            AgreementReport before = compare(supervisor);
            AgreementReport.DataRow paragraph2 = before.disagreements().get(0); // alice yes, bob no
            assertThat(paragraph2.values()).containsExactly(1, 0);

            supervisor.agreement().adopt(paragraph2, "alice", List.of("bob"));

            AgreementReport after = compare(supervisor);
            assertThat(after.disagreements()).hasSize(1); // paragraph 3 is still open
            List<CodingView> bobs = supervisor.codings().list("Koordinasi", null).stream()
                    .filter(c -> c.coding().coder().equals("bob")).toList();
            assertThat(bobs).extracting(c -> c.coding().start()).contains(paragraph2.start() + 2);
            AuditEvent last = supervisor.audit().page(supervisor.audit().count() - 1, 1).get(0);
            assertThat(last.action()).isEqualTo("agreement.adopt");
            assertThat(last.coder()).isEqualTo("sri");
            assertThat(last.summary()).isEqualTo("Adopted alice's coding of 'Koordinasi' in 'wawancara' ("
                    + paragraph2.start() + "-" + paragraph2.end() + ") for bob");
            assertThat(last.data()).contains("\"adoptedFrom\":\"alice\"").contains("\"appliedTo\":[\"bob\"]")
                    .contains("\"steps\":[{\"action\":\"coding.add\"");

            assertThat(supervisor.undo()).isPresent();
            assertThat(compare(supervisor).disagreements()).hasSize(2);
            assertThat(supervisor.redo()).isPresent();
            assertThat(compare(supervisor).disagreements()).hasSize(1);
            assertThat(supervisor.audit().verify().isIntact()).isTrue();
            // replaying the trail (adoption, its undo and redo, as steps) gives exactly the codings in the tables
            assertThat(supervisor.supervision().reconciler().reconcile()).isEmpty();
        }
    }

    @Test
    void adoptingTheAbsenceOfACodingRemovesTheOtherCodersCoding() {
        try (Project p = Project.open(project, "alice")) {
            AgreementReport.DataRow paragraph3 = compare(p).disagreements().get(1); // alice no, bob yes
            assertThat(paragraph3.values()).containsExactly(0, 1);
            p.agreement().adopt(paragraph3, "alice", List.of("bob"));
            assertThat(compare(p).disagreements()).hasSize(1);
            assertThat(p.codings().list("Koordinasi", null)).noneMatch(c -> c.coding().coder().equals("bob")
                    && c.coding().start() >= paragraph3.start() && c.coding().end() <= paragraph3.end());
        }
    }

    @Test
    void adoptingWhereTheyAlreadyAgreeOrFromOneselfIsRefused() {
        try (Project p = Project.open(project, "alice")) {
            AgreementReport.DataRow paragraph1 = compare(p).data().get(0); // both coded it
            long events = p.audit().count();
            assertThatThrownBy(() -> p.agreement().adopt(paragraph1, "alice", List.of("bob")))
                    .hasMessage("bob already codes this passage as alice does with 'Koordinasi': there is nothing to adopt.");
            assertThatThrownBy(() -> p.agreement().adopt(paragraph1, "alice", List.of("alice")))
                    .hasMessageStartingWith("A coder cannot adopt their own coding");
            assertThat(p.audit().count()).isEqualTo(events);
        }
    }

    @Test
    void commentsFormAnAuditedDiscussionPerDisagreement() {
        AgreementReport.DataRow paragraph2;
        try (Project alice = Project.open(project, "alice")) {
            paragraph2 = compare(alice).disagreements().get(0);
            alice.agreement().comment(paragraph2, "Slow coordination is the point of this answer.");
        }
        try (Project bob = Project.open(project, "bob")) {
            bob.agreement().comment(paragraph2, "  I read it as waiting, not coordination.  ");
            assertThat(bob.agreement().comments(paragraph2)).extracting(DisagreementComment::coder, DisagreementComment::body)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("alice", "Slow coordination is the point of this answer."),
                            org.assertj.core.groups.Tuple.tuple("bob", "I read it as waiting, not coordination."));
            AgreementReport.DataRow paragraph3 = compare(bob).disagreements().get(1);
            assertThat(bob.agreement().comments(paragraph3)).isEmpty();
            assertThatThrownBy(() -> bob.agreement().comment(paragraph3, "   ")).hasMessageStartingWith("Write a comment of 1 to");

            bob.undo();
            assertThat(bob.agreement().comments(paragraph2)).extracting(DisagreementComment::coder).containsExactly("alice");
            bob.redo();
            assertThat(bob.agreement().comments(paragraph2)).hasSize(2);
            assertThat(bob.audit().verify().isIntact()).isTrue();
            assertThat(bob.supervision().reconciler().reconcile()).isEmpty();
        }
    }
}
