package org.tematik.ui.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.agreement.AgreementReport;
import org.tematik.core.agreement.Unit;
import org.tematik.core.project.Project;
import org.tematik.testsupport.TwoCoders;
import org.tematik.ui.FakeDialogService;
import org.tematik.ui.common.ErrorReporter;
import org.tematik.ui.common.ProjectSession;
import org.tematik.ui.common.SyncTaskRunner;

class AgreementViewModelTest {
    @TempDir
    Path dir;

    @Test
    void comparesDiscussesResolvesAndJumpsToThePassage() throws Exception {
        Path project = TwoCoders.create(dir);
        FakeDialogService dialogs = new FakeDialogService();
        ProjectSession session = new ProjectSession(new SyncTaskRunner());
        ErrorReporter errors = new ErrorReporter(dialogs, session);
        session.setProject(Project.open(project, "sri"));
        try {
            org.tematik.ui.main.MainViewModel main = new org.tematik.ui.main.MainViewModel(session, dialogs,
                    new org.tematik.ui.common.AppSettings(dir.resolve("settings.properties")), "sri");
            AgreementViewModel vm = new AgreementViewModel(session, errors, main::showPassage);
            assertThat(vm.coders()).containsExactly("alice", "bob");
            assertThat(vm.chosenCoders()).containsExactly("alice", "bob");

            vm.compare();
            assertThat(vm.rows()).extracting(AgreementViewModel::codeLabel).containsExactly("Koordinasi", "Anggaran", "Overall");
            assertThat(vm.methodProperty().get()).contains("Cohen's kappa (1960)");
            assertThat(vm.summaryProperty().get()).isEqualTo("2 of 8 unit values differ, in 1 source coded by every chosen coder.");
            assertThat(vm.disagreements()).hasSize(2);

            AgreementReport.DataRow first = vm.disagreements().get(0);
            vm.selectedProperty().set(first);
            assertThat(vm.passageProperty().get()).isEqualTo("Narasumber: Lambat sekali. Kami menunggu lama.");
            assertThat(vm.verdicts(first)).isEqualTo("alice ✓   bob ✗");
            assertThat(vm.versions()).containsExactly(
                    "alice: \u201crasu\u201d (" + (first.start() + 2) + "\u2013" + (first.start() + 6) + ")",
                    "bob: not coded here");

            vm.commentDraftProperty().set("Waiting is a symptom of weak coordination.");
            vm.addComment();
            assertThat(vm.comments()).singleElement().satisfies(c -> {
                assertThat(c.coder()).isEqualTo("sri");
                assertThat(c.body()).isEqualTo("Waiting is a symptom of weak coordination.");
            });
            assertThat(vm.commentDraftProperty().get()).isEmpty();

            vm.jumpToPassage();
            assertThat(session.selectedSourceProperty().get().name()).isEqualTo("wawancara");
            assertThat(session.passageRequestProperty().get().start()).isEqualTo(first.start());

            vm.adoptFromProperty().set("alice");
            vm.adopt();
            assertThat(vm.disagreements()).hasSize(1);
            assertThat(vm.selectedProperty().get()).isNull(); // the resolved unit left the list

            vm.unitProperty().set(Unit.CHARACTER);
            vm.compare();
            assertThat(vm.rows().get(0).kappaInterval()).isNull();
            assertThat(AgreementViewModel.figure(vm.rows().get(0).kappa(), null)).matches("\\d\\.\\d{3}|–|-\\d\\.\\d{3}");
            assertThat(dialogs.errors).isEmpty();
        } finally {
            session.setProject(null);
        }
    }

    @Test
    void figuresShowTheirIntervalOrADashWhenUndefined() {
        assertThat(AgreementViewModel.figure(0.41234, new double[] {0.1, 0.7})).isEqualTo("0.412 [0.100, 0.700]");
        assertThat(AgreementViewModel.figure(Double.NaN, null)).isEqualTo("–");
        assertThat(AgreementViewModel.percent(0.875)).isEqualTo("87.5 %");
    }
}
