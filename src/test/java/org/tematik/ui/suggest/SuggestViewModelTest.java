package org.tematik.ui.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.project.Project;
import org.tematik.testsupport.SuggestCorpus;
import org.tematik.ui.FakeDialogService;
import org.tematik.ui.common.ErrorReporter;
import org.tematik.ui.common.ProjectSession;
import org.tematik.ui.common.SyncTaskRunner;

/** The review queue without the toolkit: a real project, a synchronous runner, a recording passage opener. */
class SuggestViewModelTest {
    @TempDir
    Path tmp;
    private Project project;
    private final ProjectSession session = new ProjectSession(new SyncTaskRunner());
    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<int[]> shown = new ArrayList<>();
    private SuggestViewModel vm;

    @BeforeEach
    void setUp() {
        project = Project.open(SuggestCorpus.create(tmp), "sri");
        session.setProject(project);
        vm = new SuggestViewModel(session, new ErrorReporter(dialogs, session), (source, start, end) -> shown.add(new int[] {start, end}));
    }

    @AfterEach
    void tearDown() {
        session.setProject(null);
        project.close();
    }

    @Test
    void withoutAnOpenSourceItSaysWhatToDo() {
        vm.load();
        assertThat(vm.units()).isEmpty();
        assertThat(vm.statusProperty().get()).contains("Open a source");
    }

    @Test
    void walksTheQueueAndJumpsToEachUnit() {
        session.selectedSourceProperty().set(project.sources().resolve(SuggestCorpus.NEW));
        vm.load();
        assertThat(vm.units()).hasSize(2);
        assertThat(vm.selectedCodeProperty().get().codeName()).isEqualTo("Budget");
        assertThat(vm.termsProperty().get()).contains("anggaran");
        assertThat(vm.evidence()).isNotEmpty();
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0)[0]).isZero();

        vm.skip();
        assertThat(vm.selectedUnitProperty().get()).isEqualTo(vm.units().get(1));
        assertThat(shown.get(shown.size() - 1)[0]).isEqualTo(vm.units().get(1).start());

        vm.accept();
        assertThat(vm.units()).hasSize(1);
        assertThat(project.suggestions().acceptedCodings()).hasSize(1);
        assertThat(vm.statusProperty().get()).contains("accepted 1");

        vm.reject(); // Budget, the only code for the first paragraph: the queue is done
        assertThat(vm.units()).isEmpty();
        assertThat(vm.statusProperty().get()).contains("No more suggestions", "rejected 1");
        vm.load(); // the rejection is remembered
        assertThat(vm.units()).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }
}
