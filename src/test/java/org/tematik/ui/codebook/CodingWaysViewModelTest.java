package org.tematik.ui.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.codebook.CodeNode;
import org.tematik.ui.ViewModelFixture;
import org.tematik.ui.common.TextSelection;

/** Keys 1-9, the quick-code box, in-vivo coding and merging, without the toolkit. */
class CodingWaysViewModelTest {
    private static final String TEXT = "Official: \"Koordinasi dengan pusat\" sangat lambat. The mayor changed twice.";

    @TempDir
    Path dir;

    @Test
    void recentCodesGetKeysNewestFirst() throws Exception {
        try (ViewModelFixture f = new ViewModelFixture(dir, TEXT)) {
            CodebookViewModel vm = new CodebookViewModel(f.session, f.dialogs, f.errors);
            f.open();
            var coordination = f.project.codebook().add("Coordination", null, null, null);
            var leadership = f.project.codebook().add("Leadership change", null, null, null);
            var source = f.project.sources().list().get(0);

            vm.codeWithRecent(1);
            assertThat(f.session.statusProperty().get()).contains("No code on key 1");

            f.session.selectionProperty().set(new TextSelection(source.id(), 0, 8));
            vm.codeSelection(coordination.id());
            f.session.selectionProperty().set(new TextSelection(source.id(), 51, 74));
            vm.codeSelection(leadership.id());
            assertThat(vm.recentCodes()).extracting(n -> n.code().name()).containsExactly("Leadership change", "Coordination");

            f.session.selectionProperty().set(new TextSelection(source.id(), 11, 21));
            vm.codeWithRecent(2); // key 2: Coordination
            assertThat(f.project.codings().list("Coordination", null)).extracting(c -> c.text())
                    .containsExactly("Official", "Koordinasi");
            assertThat(vm.recentCodes()).extracting(n -> n.code().name()).containsExactly("Coordination", "Leadership change");
            assertThat(f.dialogs.errors).isEmpty();
        }
    }

    @Test
    void quickCodeFiltersTheTreeAndEnterAppliesTheBestMatch() throws Exception {
        try (ViewModelFixture f = new ViewModelFixture(dir, TEXT)) {
            CodebookViewModel vm = new CodebookViewModel(f.session, f.dialogs, f.errors);
            f.open();
            var theme = f.project.codebook().add("Governance", null, null, null);
            f.project.codebook().add("Central coordination", theme.id().toString(), null, null);
            f.project.codebook().add("Leadership change", null, null, null);
            var source = f.project.sources().list().get(0);

            vm.filterProperty().set("coord");
            assertThat(vm.visibleCodes()).extracting(CodeNode::path)
                    .containsExactly("Governance", "Governance > Central coordination"); // the parent stays for context
            f.session.selectionProperty().set(new TextSelection(source.id(), 11, 21));
            vm.quickCode();
            assertThat(f.project.codings().list("Central coordination", null)).singleElement()
                    .satisfies(c -> assertThat(c.text()).isEqualTo("Koordinasi"));
            assertThat(vm.filterProperty().get()).isEmpty();
            assertThat(vm.visibleCodes()).hasSize(3);

            vm.filterProperty().set("budget");
            vm.quickCode();
            assertThat(f.session.statusProperty().get()).contains("No code matches 'budget'");
        }
    }

    @Test
    void inVivoNamesANewCodeAfterTheWordsAndOneUndoRemovesBoth() throws Exception {
        try (ViewModelFixture f = new ViewModelFixture(dir, TEXT)) {
            CodebookViewModel vm = new CodebookViewModel(f.session, f.dialogs, f.errors);
            f.open();
            var source = f.project.sources().list().get(0);
            int start = TEXT.indexOf('"');
            f.session.selectionProperty().set(new TextSelection(source.id(), start, TEXT.indexOf("\" sangat") + 1));
            vm.codeInVivo();
            assertThat(vm.codes()).extracting(n -> n.code().name()).containsExactly("Koordinasi dengan pusat");
            assertThat(f.project.codings().list("Koordinasi dengan pusat", null)).singleElement()
                    .satisfies(c -> assertThat(c.text()).isEqualTo("\"Koordinasi dengan pusat\""));
            assertThat(vm.recentCodes()).extracting(n -> n.code().name()).containsExactly("Koordinasi dengan pusat");

            f.session.selectionProperty().set(new TextSelection(source.id(), start + 1, start + 24));
            vm.codeInVivo(); // the same words again: a second code, numbered
            assertThat(vm.codes()).extracting(n -> n.code().name()).contains("Koordinasi dengan pusat (2)");

            f.project.undo();
            f.project.undo();
            assertThat(vm.codes()).isEmpty();
            assertThat(f.project.codings().list(null, null)).isEmpty();
            f.project.redo();
            assertThat(f.project.codings().list("Koordinasi dengan pusat", null)).hasSize(1);
            assertThat(f.project.audit().verify().isIntact()).isTrue();
            assertThat(f.dialogs.errors).isEmpty();
        }
    }

    @Test
    void mergeOffersOtherCodesButNotItsOwnSubtree() throws Exception {
        try (ViewModelFixture f = new ViewModelFixture(dir, TEXT)) {
            CodebookViewModel vm = new CodebookViewModel(f.session, f.dialogs, f.errors);
            f.open();
            var theme = f.project.codebook().add("Barriers", null, null, null);
            f.project.codebook().add("Slow centre", theme.id().toString(), null, null);
            var into = f.project.codebook().add("Central coordination", null, null, null);
            var source = f.project.sources().list().get(0);
            f.project.codings().code(source.id(), theme.id(), 0, 8, null);

            vm.selectedCodeProperty().set(theme.id());
            f.dialogs.choices.add("Central coordination");
            vm.mergeSelected();
            assertThat(f.dialogs.offered).singleElement().isEqualTo(java.util.List.of("Central coordination"));
            assertThat(vm.codes()).extracting(CodeNode::path)
                    .containsExactly("Central coordination", "Central coordination > Slow centre");
            assertThat(f.project.codings().list(into.id().toString(), null)).hasSize(1);
        }
    }
}
