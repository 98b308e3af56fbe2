package org.tematik.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.project.Project;
import org.tematik.testsupport.CliRun;
import org.tematik.testsupport.Db;
import org.tematik.testsupport.ProjectCopies;
import org.tematik.testsupport.SupervisedProject;

/**
 * Verification replays the trail and compares it with the tables: tampering by direct SQL is caught
 * whether it edits the trail (the chain breaks) or only the data around it (the replay does not match).
 */
class ReconcilerTest {
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
        return ProjectCopies.copy(pristine, tmp.resolve("copy"));
    }

    private static List<Difference> reconcile(Path dir) {
        try (Project p = Project.open(dir, "supervisor")) {
            return p.supervision().reconciler().reconcile();
        }
    }

    @Test
    void untouchedProjectMatchesItsTrailThroughMergeUndoRedoDeleteAndRestore() {
        Path dir = copy();
        assertThat(Db.count(dir, "codings")).isEqualTo(5);
        assertThat(Db.count(dir, "codes")).isEqualTo(3);
        assertThat(reconcile(dir)).isEmpty();
        CliRun run = CliRun.in(dir, "supervisor", "audit", "verify");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("audit trail intact: ");
    }

    @Test
    void deletedCodingRowIsAMismatchThatNamesTheCoding() {
        Path dir = copy();
        Object id = Db.scalar(dir, "SELECT g.id FROM codings g JOIN codes c ON c.id = g.code_id WHERE c.name = ? "
                + "ORDER BY g.start_cp FETCH FIRST 1 ROWS ONLY", SupervisedProject.RENAMED);
        Db.update(dir, "DELETE FROM memos WHERE target_id = ?", id);
        assertThat(Db.update(dir, "DELETE FROM codings WHERE id = ?", id)).isEqualTo(1);

        List<Difference> differences = reconcile(dir);
        assertThat(differences).hasSize(1);
        assertThat(differences.get(0).key()).isEqualTo("audit.reconcile.codingMissing");

        CliRun run = CliRun.in(dir, "supervisor", "audit", "verify");
        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines().get(0)).contains("audit trail intact").contains("does not match").contains("1 differences");
        assertThat(run.errLines().get(1)).contains("'Central coordination'").contains("alice").contains(id.toString())
                .contains("missing from the codings");
    }

    @Test
    void updatedEventIsCaughtByTheChain() {
        Path dir = copy();
        Db.update(dir, "UPDATE audit_events SET summary = 'Renamed nothing' WHERE action = 'code.rename'");
        CliRun run = CliRun.in(dir, "supervisor", "audit", "verify");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().startsWith("audit trail broken at event ")
                .endsWith("its content was changed after it was written.");
    }

    @Test
    void deletedEventIsCaught() {
        Path dir = copy();
        Db.update(dir, "DELETE FROM command_history WHERE audit_seq = 4"); // the undo entry points at it
        assertThat(Db.update(dir, "DELETE FROM audit_events WHERE seq = 4")).isEqualTo(1);
        CliRun run = CliRun.in(dir, "supervisor", "audit", "verify");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("audit trail broken at event 4: this event is missing (deleted).");
    }

    @Test
    void reorderedSequenceNumbersAreCaught() throws Exception {
        Path dir = copy();
        try (Connection c = Db.connect(dir); Statement st = c.createStatement()) {
            st.execute("SET REFERENTIAL_INTEGRITY FALSE");
            st.executeUpdate("UPDATE audit_events SET seq = -1 WHERE seq = 6");
            st.executeUpdate("UPDATE audit_events SET seq = 6 WHERE seq = 7");
            st.executeUpdate("UPDATE audit_events SET seq = 7 WHERE seq = -1");
            st.execute("SET REFERENTIAL_INTEGRITY TRUE");
        }
        CliRun run = CliRun.in(dir, "supervisor", "audit", "verify");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().startsWith("audit trail broken at event 6: ");
    }

    @Test
    void codingMovedToAnotherCodeIsAMismatch() {
        Path dir = copy();
        Db.update(dir, "UPDATE codings SET code_id = (SELECT id FROM codes WHERE name = ?) WHERE code_id = "
                + "(SELECT id FROM codes WHERE name = ?)", SupervisedProject.LEADERSHIP, SupervisedProject.RESOURCES);
        List<Difference> differences = reconcile(dir);
        assertThat(differences).isNotEmpty().allSatisfy(d -> assertThat(d.key()).isEqualTo("audit.reconcile.codingCode"));
        assertThat(differences.get(0).message()).contains("'Leadership change'").contains("'Budget and human resources'");
    }

    @Test
    void codeRenamedBehindTheAppsBackIsAMismatch() {
        Path dir = copy();
        Db.update(dir, "UPDATE codes SET name = 'Something else' WHERE name = ?", SupervisedProject.RENAMED);
        assertThat(reconcile(dir)).extracting(Difference::message)
                .singleElement().asString().contains("'Something else'").contains("'Central coordination'");
    }

    @Test
    void definitionEditedBehindTheAppsBackIsAMismatch() {
        Path dir = copy();
        Db.update(dir, "UPDATE codes SET definition = 'changed' WHERE name = ?", SupervisedProject.RESOURCES);
        assertThat(reconcile(dir)).extracting(Difference::key).containsExactly("audit.reconcile.codeDefinition");
    }

    @Test
    void codingInsertedBehindTheAppsBackIsExtra() {
        Path dir = copy();
        Db.update(dir, "INSERT INTO codings (id, source_id, code_id, start_cp, end_cp, coder_id, created_at) "
                + "SELECT RANDOM_UUID(), source_id, code_id, 0, 3, coder_id, created_at FROM codings FETCH FIRST 1 ROWS ONLY");
        assertThat(reconcile(dir)).extracting(Difference::key).containsExactly("audit.reconcile.codingExtra");
    }

    @Test
    void removedFlagClearedBehindTheAppsBackIsAMismatch() {
        Path dir = copy();
        Db.update(dir, "UPDATE sources SET removed = TRUE WHERE name = 'perda-2019'");
        assertThat(reconcile(dir)).extracting(Difference::key).containsExactly("audit.reconcile.sourceState");
    }
}
