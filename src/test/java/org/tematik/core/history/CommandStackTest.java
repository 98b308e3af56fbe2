package org.tematik.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.audit.AuditEvent;
import org.tematik.core.codebook.Code;
import org.tematik.core.codebook.CodeNode;
import org.tematik.core.project.Project;
import org.tematik.core.util.UserException;
import org.tematik.testsupport.BaseProject;
import org.tematik.testsupport.CliRun;
import org.tematik.testsupport.Db;
import org.tematik.testsupport.ProjectCopies;

/** The undo/redo stacks: persistent, per coder, cleared by new work, and robust when the world moved on. */
class CommandStackTest {
    @TempDir
    static Path shared;
    static Path base;

    @TempDir
    Path tmp;
    Path dir;

    @BeforeAll
    static void base() {
        base = BaseProject.create(shared);
    }

    @BeforeEach
    void copy() {
        dir = ProjectCopies.copy(base, tmp.resolve("p"));
    }

    private static List<String> names(Project p) {
        return p.codebook().tree().stream().map(CodeNode::path).toList();
    }

    private List<String> states(String coder) {
        return Db.query(dir, "SELECT state FROM command_history WHERE coder = ? ORDER BY id", coder).stream()
                .map(r -> (String) r.get("state")).toList();
    }

    @Test
    void aNewCommandClearsTheRedoStack() {
        try (Project p = Project.open(dir, "alice")) {
            p.codebook().add("A", null, null, null);
            p.codebook().add("B", null, null, null);
            p.undo().orElseThrow();
            assertThat(p.history().canRedo("alice")).isTrue();
            assertThat(p.history().nextRedoSummary("alice")).contains("Created code 'B'");

            p.codebook().add("C", null, null, null);
            assertThat(p.history().canRedo("alice")).isFalse();
            assertThat(p.redo()).isEmpty();
            assertThat(names(p)).containsExactly("A", "C");
            // the two imports, A, B (discarded), C
            assertThat(states("alice")).containsExactly("done", "done", "done", "discarded", "done");
            assertThat(p.history().nextUndoSummary("alice")).contains("Created code 'C'");
        }
    }

    @Test
    void aRefusedCommandLeavesBothStacksAlone() {
        try (Project p = Project.open(dir, "alice")) {
            p.codebook().add("A", null, null, null);
            p.codebook().add("B", null, null, null);
            p.undo().orElseThrow();
            List<String> before = states("alice");
            assertThatThrownBy(() -> p.codebook().add("a", null, null, null)).isInstanceOf(UserException.class);
            assertThat(states("alice")).isEqualTo(before);
            assertThat(p.history().canRedo("alice")).isTrue();
            assertThat(p.redo()).isPresent();
            assertThat(names(p)).containsExactly("A", "B");
        }
    }

    @Test
    void undoAndRedoWalkTheStackInOrder() {
        try (Project p = Project.open(dir, "alice")) {
            p.codebook().add("A", null, null, null);
            p.codebook().rename("A", "A2");
            p.codebook().add("B", null, null, null);
            p.undo().orElseThrow();
            assertThat(names(p)).containsExactly("A2");
            p.undo().orElseThrow();
            assertThat(names(p)).containsExactly("A");
            p.redo().orElseThrow();
            assertThat(names(p)).containsExactly("A2");
            p.redo().orElseThrow();
            assertThat(names(p)).containsExactly("A2", "B");
            assertThat(p.redo()).isEmpty();
        }
    }

    @Test
    void nothingToUndoOnAFreshProjectCreationIsNotUndoable() {
        Path fresh = tmp.resolve("fresh");
        try (Project p = Project.init(fresh, "Fresh", "alice")) {
            assertThat(p.history().canUndo("alice")).isFalse();
            assertThat(p.undo()).isEmpty();
            assertThat(p.redo()).isEmpty();
            assertThat(p.audit().count()).isEqualTo(1);
            assertThat(p.name()).isEqualTo("Fresh");
        }
    }

    @Test
    void stacksArePerCoder() {
        try (Project alice = Project.open(dir, "alice"); Project bob = Project.open(dir, "bob")) {
            alice.codebook().add("Alice 1", null, null, null);
            bob.codebook().add("Bob 1", null, null, null);
            alice.codebook().add("Alice 2", null, null, null);
            bob.codebook().rename("Bob 1", "Bob 1b");

            assertThat(bob.history().nextUndoSummary("bob")).contains("Renamed code 'Bob 1' to 'Bob 1b'");
            assertThat(alice.history().nextUndoSummary("alice")).contains("Created code 'Alice 2'");

            alice.undo().orElseThrow();
            assertThat(names(alice)).containsExactly("Alice 1", "Bob 1b");
            bob.undo().orElseThrow();
            assertThat(names(alice)).containsExactly("Alice 1", "Bob 1");
            bob.undo().orElseThrow();
            assertThat(names(alice)).containsExactly("Alice 1");
            assertThat(bob.undo()).isEmpty();
            assertThat(bob.history().canRedo("alice")).isTrue();

            // bob's new work does not clear alice's redo stack
            bob.codebook().add("Bob 2", null, null, null);
            alice.redo().orElseThrow();
            assertThat(names(alice)).containsExactly("Alice 1", "Bob 2", "Alice 2");
            List<AuditEvent> undos = alice.audit().page(0, 1000).stream()
                    .filter(e -> e.action().equals("undo") || e.action().equals("redo")).toList();
            assertThat(undos).extracting(AuditEvent::coder).containsExactly("alice", "bob", "bob", "alice");
            assertThat(alice.audit().verify().isIntact()).isTrue();
        }
    }

    @Test
    void undoSurvivesClosingAndReopening() {
        try (Project p = Project.open(dir, "alice")) {
            p.codebook().add("A", null, null, null);
            p.codebook().rename("A", "A2");
        }
        try (Project p = Project.open(dir, "alice")) {
            assertThat(p.history().nextUndoSummary("alice")).contains("Renamed code 'A' to 'A2'");
            p.undo().orElseThrow();
            assertThat(names(p)).containsExactly("A");
        }
        try (Project p = Project.open(dir, "alice")) {
            assertThat(p.history().nextRedoSummary("alice")).contains("Renamed code 'A' to 'A2'");
            p.redo().orElseThrow();
            assertThat(names(p)).containsExactly("A2");
        }
        // and across processes' worth of CLI invocations
        assertThat(CliRun.in(dir, "alice", "undo").exit()).isZero();
        CliRun undo2 = CliRun.in(dir, "alice", "undo");
        assertThat(undo2.exit()).isZero();
        assertThat(undo2.out().strip()).isEqualTo("Undo: Created code 'A'");
        try (Project p = Project.open(dir, "alice")) {
            assertThat(names(p)).isEmpty();
            CliRun redo = CliRun.in(dir, "alice", "redo");
            assertThat(redo.out().strip()).isEqualTo("Redo: Created code 'A'");
            assertThat(names(p)).containsExactly("A");
            assertThat(p.audit().verify().isIntact()).isTrue();
        }
    }

    @Test
    void undoThatCanNoLongerApplyIsDiscardedAndTheNextOneProceeds() {
        try (Project alice = Project.open(dir, "alice"); Project bob = Project.open(dir, "bob")) {
            alice.codebook().add("Alice's code", null, null, null);
            Code shared = bob.codebook().add("Prosedur", null, null, null);
            alice.codebook().rename("Prosedur", "Prosedur birokrasi");
            bob.codebook().delete("Prosedur birokrasi");
            long events = alice.audit().count();
            Map<String, ?> before = Db.dump(dir);

            UserException e = catchThrowableOfType(UserException.class, alice::undo);
            assertThat(e).isNotNull();
            assertThat(e.key()).isEqualTo("history.error.impossible");
            assertThat(e.getMessage()).isEqualTo("Could not undo or redo 'Renamed code 'Prosedur' to 'Prosedur birokrasi'': "
                    + "The code " + shared.id() + " no longer exists. It was taken off the undo list.");
            assertThat(alice.audit().count()).as("a failed undo writes no event").isEqualTo(events);
            assertThat(Db.dump(dir)).isEqualTo(before);
            assertThat(states("alice")).containsExactly("done", "done", "done", "discarded");

            alice.undo().orElseThrow();
            assertThat(names(alice)).isEmpty();
            assertThat(alice.audit().verify().isIntact()).isTrue();

            // bob can still bring his code back; it then carries the name it had when deleted
            bob.undo().orElseThrow();
            assertThat(names(bob)).containsExactly("Prosedur birokrasi");
        }
    }

    @Test
    void redoThatCanNoLongerApplyIsDiscarded() {
        try (Project alice = Project.open(dir, "alice"); Project bob = Project.open(dir, "bob")) {
            alice.codebook().add("Kepemimpinan", null, null, null);
            alice.codebook().add("Monev", null, null, null);
            alice.undo().orElseThrow();
            alice.undo().orElseThrow();
            bob.codebook().add("kepemimpinan", null, null, null); // takes the name back first
            UserException e = catchThrowableOfType(UserException.class, alice::redo);
            assertThat(e).isNotNull();
            assertThat(e.key()).isEqualTo("history.error.impossible");
            assertThat(e.getMessage()).contains("There is already a code named 'Kepemimpinan'");
            assertThat(alice.history().canRedo("alice")).isTrue();
            alice.redo().orElseThrow();
            assertThat(names(alice)).containsExactly("kepemimpinan", "Monev");
            assertThat(alice.history().canRedo("alice")).isFalse();
        }
    }

    @Test
    void listenersHearEachCommittedChange() {
        try (Project p = Project.open(dir, "alice")) {
            List<String> heard = new ArrayList<>();
            p.history().addListener(a -> heard.add(a.event().action() + " " + a.change().action()));
            p.codebook().add("A", null, null, null);
            assertThatThrownBy(() -> p.codebook().add("A", null, null, null)).isInstanceOf(UserException.class);
            p.undo();
            assertThat(heard).containsExactly("code.create code.create", "undo code.delete");
        }
    }

    @Test
    void aBatchGivesEachCommandItsOwnEventAndUndoEntryAndIsRefusedWhole() {
        try (Project p = Project.open(dir, "alice")) {
            long before = p.audit().count();
            List<CommandStack.Applied> applied = p.history().executeAll(List.of(
                    new org.tematik.core.codebook.CreateCode(java.util.UUID.randomUUID(), null, "Batch A", null, "#336699"),
                    new org.tematik.core.codebook.CreateCode(java.util.UUID.randomUUID(), null, "Batch B", null, "#336699")), "alice");
            assertThat(applied).extracting(a -> a.event().seq()).containsExactly(before + 1, before + 2);
            assertThat(p.audit().verify().isIntact()).isTrue();

            assertThatThrownBy(() -> p.history().executeAll(List.of(
                    new org.tematik.core.codebook.CreateCode(java.util.UUID.randomUUID(), null, "Batch C", null, "#336699"),
                    new org.tematik.core.codebook.CreateCode(java.util.UUID.randomUUID(), null, "Batch A", null, "#336699")), "alice"))
                    .isInstanceOf(UserException.class);
            assertThat(names(p)).contains("Batch A", "Batch B").doesNotContain("Batch C");
            assertThat(p.audit().count()).isEqualTo(before + 2);

            p.undo().orElseThrow();
            assertThat(names(p)).contains("Batch A").doesNotContain("Batch B");
            p.undo().orElseThrow();
            assertThat(names(p)).doesNotContain("Batch A", "Batch B");
        }
    }
}
