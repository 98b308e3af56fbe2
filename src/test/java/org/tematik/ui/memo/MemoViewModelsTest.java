package org.tematik.ui.memo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.memo.Memo;
import org.tematik.ui.ViewModelFixture;
import org.tematik.ui.codebook.CodeDetailsViewModel;
import org.tematik.ui.codebook.CodebookViewModel;
import org.tematik.ui.document.DocumentViewModel;
import org.tematik.ui.sources.SourceListViewModel;

/** The code's side panel, coding and source memos, and the memo list, without the toolkit. */
class MemoViewModelsTest {
    @TempDir
    Path dir;

    @Test
    void codeDetailsEditDefinitionColourAndMemoAsUndoableChanges() throws Exception {
        try (ViewModelFixture f = new ViewModelFixture(dir, "Koordinasi dengan pusat sangat lambat.")) {
            CodebookViewModel codebook = new CodebookViewModel(f.session, f.dialogs, f.errors);
            f.open();
            var code = f.project.codebook().add("Coordination", null, "Old", "#0072b2");
            var source = f.project.sources().list().get(0);
            f.project.codings().code(source.id(), code.id(), 0, 10, null);
            codebook.selectedCodeProperty().set(code.id());
            CodeDetailsViewModel details = codebook.details();
            assertThat(details.definitionProperty().get()).isEqualTo("Old");
            assertThat(details.usageProperty().get()).isEqualTo("1 coding in 1 source");
            assertThat(details.isDirty()).isFalse();

            details.definitionProperty().set("Waiting for the centre's approval.");
            details.exclusionProperty().set("Delays inside the city government");
            details.colorProperty().set("#d55e00");
            details.memoProperty().set("Compare with the regulation excerpt.");
            assertThat(details.isDirty()).isTrue();
            details.save();
            var saved = f.project.codebook().find(code.id());
            assertThat(saved.definition()).isEqualTo("Waiting for the centre's approval.");
            assertThat(saved.exclusion()).isEqualTo("Delays inside the city government");
            assertThat(saved.color()).isEqualTo("#d55e00");
            assertThat(f.project.memos().on(Memo.ON_CODE, code.id()).orElseThrow().body()).isEqualTo("Compare with the regulation excerpt.");
            assertThat(details.isDirty()).isFalse();

            f.project.undo(); // the memo
            f.project.undo(); // the definition
            assertThat(details.definitionProperty().get()).isEqualTo("Old");
            assertThat(details.memoProperty().get()).isEmpty();
            assertThat(f.dialogs.errors).isEmpty();
        }
    }

    @Test
    void codingAndSourceMemosAppearInTheMemoListWhereTheyAreEditedInPlace() throws Exception {
        try (ViewModelFixture f = new ViewModelFixture(dir, "Koordinasi dengan pusat sangat lambat.")) {
            CodebookViewModel codebook = new CodebookViewModel(f.session, f.dialogs, f.errors);
            DocumentViewModel document = new DocumentViewModel(f.session, f.dialogs, f.errors, codebook.codes());
            new SourceListViewModel(f.session, f.errors);
            MemoListViewModel list = new MemoListViewModel(f.session, f.dialogs, f.errors);
            f.open();
            var code = f.project.codebook().add("Coordination", null, null, null);
            var source = f.project.sources().list().get(0);
            f.project.codings().code(source.id(), code.id(), 0, 10, null);

            f.dialogs.texts.add("Said twice, with emphasis.");
            document.editMemo(document.codingsAt(2).get(0));
            f.dialogs.texts.add("Recorded at the bureau.");
            document.editSourceMemo();
            f.dialogs.texts.add("RQ: why do MoUs stall?");
            list.newProjectMemo();
            assertThat(list.rows()).extracting(MemoListViewModel.Row::target)
                    .containsExactlyInAnyOrder("Coding: Coordination \u00b7 interview", "Source: interview", "Project");
            assertThat(document.codingsAt(2).get(0).memo()).isEqualTo("Said twice, with emphasis.");

            list.selectedProperty().set(list.rows().stream().filter(r -> r.target().equals("Project")).findFirst().orElseThrow());
            list.bodyProperty().set("RQ: why do sister-city MoUs stall after signing?");
            list.save();
            assertThat(f.project.memos().on(Memo.ON_PROJECT, null).orElseThrow().body()).contains("after signing");
            assertThat(list.selectedProperty().get().target()).isEqualTo("Project");

            f.dialogs.confirmAnswer = false;
            list.bodyProperty().set("");
            list.save();
            assertThat(f.project.memos().list()).hasSize(3);
            f.dialogs.confirmAnswer = true;
            list.save();
            assertThat(f.project.memos().list()).hasSize(2);
            assertThat(f.project.audit().verify().isIntact()).isTrue();
            assertThat(f.dialogs.errors).isEmpty();
        }
    }
}
