package org.tematik.ui.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.codebook.CodeNode;
import org.tematik.ui.ViewModelFixture;
import org.tematik.ui.common.TextSelection;

class CodebookViewModelTest {
    @TempDir
    Path dir;

    @Test
    void createsRenamesAndDeletesCodesThroughDialogs() throws Exception {
        try (ViewModelFixture f = new ViewModelFixture(dir, "Koordinasi dengan pusat sangat lambat.")) {
            CodebookViewModel vm = new CodebookViewModel(f.session, f.dialogs, f.errors);
            f.open();
            f.dialogs.texts.add("Coordination");
            vm.addCode();
            assertThat(vm.codes()).extracting(n -> n.code().name()).containsExactly("Coordination");

            vm.selectedCodeProperty().set(vm.codes().get(0).code().id());
            f.dialogs.texts.add("Central");
            vm.addSubCode();
            assertThat(vm.codes()).extracting(CodeNode::path).containsExactly("Coordination", "Coordination > Central");

            f.dialogs.texts.add("Central coordination");
            vm.renameSelected();
            assertThat(vm.codes().get(0).code().name()).isEqualTo("Central coordination");

            f.dialogs.confirmAnswer = false;
            vm.deleteSelected();
            assertThat(f.dialogs.confirmations).singleElement().asString().contains("Central coordination").contains("1 sub-code and no codings");
            assertThat(vm.codes()).hasSize(2);
            f.dialogs.confirmAnswer = true;
            vm.deleteSelected();
            assertThat(vm.codes()).isEmpty();
            assertThat(f.dialogs.errors).isEmpty();
        }
    }

    @Test
    void codesTheSelectionOrSaysWhatIsMissing() throws Exception {
        try (ViewModelFixture f = new ViewModelFixture(dir, "Koordinasi dengan pusat sangat lambat.")) {
            CodebookViewModel vm = new CodebookViewModel(f.session, f.dialogs, f.errors);
            f.open();
            var code = f.project.codebook().add("Coordination", null, null, null);
            var source = f.project.sources().list().get(0);

            vm.codeSelection(code.id());
            assertThat(f.session.statusProperty().get()).contains("Select a passage");
            vm.codeSelectionWithSelectedCode();
            assertThat(f.session.statusProperty().get()).contains("Select a code");

            f.session.selectionProperty().set(new TextSelection(source.id(), 0, 10));
            vm.selectedCodeProperty().set(code.id());
            vm.codeSelectionWithSelectedCode();
            assertThat(f.project.codings().list(null, null)).singleElement()
                    .satisfies(c -> assertThat(c.text()).isEqualTo("Koordinasi"));

            vm.codeSelection(code.id()); // the same segment again: refused, shown as an error
            assertThat(f.dialogs.errors).singleElement().asString().contains("already coded");
        }
    }
}
