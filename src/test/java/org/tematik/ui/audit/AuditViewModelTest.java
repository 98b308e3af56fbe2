package org.tematik.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.project.Project;
import org.tematik.testsupport.Db;
import org.tematik.testsupport.ProjectCopies;
import org.tematik.testsupport.SupervisedProject;
import org.tematik.ui.FakeDialogService;
import org.tematik.ui.common.ErrorReporter;
import org.tematik.ui.common.ProjectSession;
import org.tematik.ui.common.SyncTaskRunner;

/** The audit viewer's logic without the toolkit: filters, virtual rows, detail, verification, jump. */
class AuditViewModelTest {
    @TempDir
    static Path shared;
    static Path pristine;

    @TempDir
    Path tmp;
    Path dir;
    ProjectSession session;
    FakeDialogService dialogs;
    AuditViewModel vm;

    @BeforeAll
    static void build() {
        pristine = SupervisedProject.create(shared);
    }

    @BeforeEach
    void open() {
        dir = ProjectCopies.copy(pristine, tmp.resolve("p"));
        session = new ProjectSession(new SyncTaskRunner());
        dialogs = new FakeDialogService();
        session.setProject(Project.open(dir, "dr-rina"));
        vm = new AuditViewModel(session, new ErrorReporter(dialogs, session));
        vm.open();
    }

    @AfterEach
    void close() {
        Project p = session.project();
        session.setProject(null);
        p.close();
    }

    private List<AuditRow> rows() {
        var list = vm.rowsProperty().get();
        return IntStream.range(0, list.size()).mapToObj(list::get).toList();
    }

    private Choice choice(List<Choice> options, String label) {
        return options.stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void showsEveryEventDescribedInWords() {
        assertThat(vm.countProperty().get()).isEqualTo("20 events");
        List<AuditRow> rows = rows();
        assertThat(rows).hasSize(20).allMatch(AuditRow::isLoaded);
        assertThat(rows.get(0).description()).isEqualTo("created project 'Kota kembar'");
        assertThat(rows).extracting(AuditRow::description).contains("renamed code 'Koordinasi' to 'Central coordination'");
        assertThat(vm.coders()).extracting(Choice::label).containsExactly("All coders", "alice", "bob");
    }

    @Test
    void filtersByCoderActionCodeSourceTimeAndText() {
        vm.coderProperty().set(choice(vm.coders(), "bob"));
        assertThat(rows()).hasSize(4).extracting(AuditRow::coder).containsOnly("bob");
        vm.coderProperty().set(vm.coders().get(0));

        vm.actionProperty().set(choice(vm.actions(), "code.merge"));
        assertThat(rows()).extracting(AuditRow::action).containsExactly("code.merge", "redo"); // the undo applied code.unmerge
        vm.actionProperty().set(vm.actions().get(0));

        vm.codeProperty().set(choice(vm.codes(), SupervisedProject.LEADERSHIP));
        assertThat(rows()).extracting(AuditRow::action).containsExactly("code.create", "coding.add", "code.delete", "undo");
        vm.codeProperty().set(vm.codes().get(0));

        vm.sourceProperty().set(choice(vm.sources(), "perda-2019"));
        assertThat(rows()).extracting(AuditRow::action).containsExactly("source.import", "coding.add");
        vm.sourceProperty().set(vm.sources().get(0));

        vm.fromProperty().set(LocalDate.now().plusDays(2));
        assertThat(rows()).isEmpty();
        assertThat(vm.countProperty().get()).isEqualTo("0 events");
        vm.fromProperty().set(null);

        vm.textProperty().set("WALI KOTA");
        assertThat(rows()).extracting(AuditRow::coder).containsOnly("bob").hasSize(3);
        vm.textProperty().set("100%_");
        assertThat(rows()).isEmpty();
    }

    @Test
    void activityFollowsTheFilterWhileShown() {
        assertThat(vm.activity()).isEmpty(); // not read until its tab is shown
        vm.activityShownProperty().set(true);
        assertThat(vm.activity()).extracting(d -> d.coder()).containsExactly("alice", "bob");
        assertThat(vm.activity().get(1).codingsAdded()).isEqualTo(3);
        vm.coderProperty().set(choice(vm.coders(), "bob"));
        assertThat(vm.activity()).extracting(d -> d.coder()).containsExactly("bob");
    }

    @Test
    void selectingARowShowsBeforeAndAfter() {
        AuditRow rename = rows().stream().filter(r -> r.action().equals("code.rename")).findFirst().orElseThrow();
        vm.selectedProperty().set(rename);
        assertThat(vm.detailProperty().get()).startsWith("renamed code 'Koordinasi' to 'Central coordination'")
                .contains("Before:\n{\n  \"name\" : \"Koordinasi\"\n}").contains("After:\n{\n  \"name\" : \"Central coordination\"\n}")
                .contains("Hash: " + rename.event().hash());
    }

    @Test
    void verifySaysIntactThenNamesADeletedCoding() {
        vm.verify();
        assertThat(vm.verificationProperty().get()).isEqualTo("audit trail intact: 20 events");
        Project p = session.project();
        session.setProject(null);
        p.close();
        Db.update(dir, "DELETE FROM memos");
        Db.update(dir, "DELETE FROM codings WHERE start_cp = (SELECT MIN(start_cp) FROM codings)");
        session.setProject(Project.open(dir, "dr-rina"));
        vm.verify();
        assertThat(vm.verificationProperty().get()).contains("does not match").contains("missing from the codings");
    }

    @Test
    void brokenChainScrollsToTheBrokenEvent() {
        Project p = session.project();
        session.setProject(null);
        p.close();
        Db.update(dir, "UPDATE audit_events SET coder = 'mallory' WHERE seq = 12");
        session.setProject(Project.open(dir, "dr-rina"));
        vm.open();
        vm.verify();
        assertThat(vm.verificationProperty().get()).isEqualTo("audit trail broken at event 12: its content was changed after it was written.");
        assertThat(vm.scrollToProperty().get()).isEqualTo(11);
    }

    @Test
    void aDeletedEventShowsAsMissingInTheUnfilteredList() {
        Project p = session.project();
        session.setProject(null);
        p.close();
        Db.update(dir, "DELETE FROM command_history WHERE audit_seq = 5");
        Db.update(dir, "DELETE FROM audit_events WHERE seq = 5");
        session.setProject(Project.open(dir, "dr-rina"));
        vm.open();
        List<AuditRow> rows = rows();
        assertThat(rows).hasSize(20);
        assertThat(rows.get(4).isLoaded()).isFalse();
        assertThat(rows.get(4).description()).isEqualTo("(this event is missing from the trail)");
        assertThat(rows.get(5).seq()).isEqualTo(6);
        assertThat(rows.get(5).isLoaded()).isTrue();
    }

    @Test
    void jumpSelectsTheCodedPassage() {
        AuditRow coded = rows().stream().filter(r -> r.action().equals("coding.add") && r.description().contains("perda-2019"))
                .findFirst().orElseThrow();
        vm.selectedProperty().set(coded);
        vm.showInProject();
        assertThat(session.selectedSourceProperty().get().name()).isEqualTo("perda-2019");
        assertThat(session.selectionProperty().get().end()).isGreaterThan(session.selectionProperty().get().start());
        assertThat(session.selectedCodeProperty().get()).isNotNull();
    }
}
