package org.tematik.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.ui.ViewModelFixture;
import org.tematik.ui.codebook.CodebookViewModel;
import org.tematik.ui.sources.SourceListViewModel;

/** The margin's stripes, the codings under a position, removal and re-assignment, without the toolkit. */
class CodingMarginViewModelTest {
    private static final String TEXT = "Interviewer: What slowed the MoU?\nOfficial: Koordinasi dengan pusat lambat.\nThe mayor changed.\n";

    @TempDir
    Path dir;

    @Test
    void overlappingCodingsGetOneStripeEachAndTheContextMenuFindsBoth() throws Exception {
        try (ViewModelFixture f = new ViewModelFixture(dir, TEXT)) {
            CodebookViewModel codebook = new CodebookViewModel(f.session, f.dialogs, f.errors);
            DocumentViewModel document = new DocumentViewModel(f.session, f.dialogs, f.errors, codebook.codes());
            new SourceListViewModel(f.session, f.errors);
            f.open();
            var a = f.project.codebook().add("Coordination", null, null, "#0072b2");
            var b = f.project.codebook().add("Slowness", null, null, "#d55e00");
            var source = f.project.sources().list().get(0);
            int k = TEXT.indexOf("Koordinasi");
            f.project.codings().code(source.id(), a.id(), k, k + 23, null);
            f.project.codings().code(source.id(), b.id(), k + 18, TEXT.indexOf("changed") + 7, null); // runs into line 3

            Gutter gutter = document.gutterProperty().get();
            assertThat(gutter.paragraphs()).isEqualTo(4);
            assertThat(gutter.stripes(0)).isEmpty();
            assertThat(gutter.stripes(1)).extracting(Gutter.Stripe::codeName).containsExactly("Coordination", "Slowness");
            assertThat(gutter.stripes(2)).extracting(Gutter.Stripe::codeName).containsExactly("Slowness");
            assertThat(gutter.stripes(1).get(0).start16()).isEqualTo(k);

            assertThat(document.codingsAt(k + 20)).extracting(c -> c.codeName()).containsExactlyInAnyOrder("Coordination", "Slowness");
            assertThat(document.codingsAt(3)).isEmpty();
            assertThat(DocumentView.css(document.highlightsProperty().get().stream()
                    .filter(r -> r.colors().size() == 2).findFirst().orElseThrow().colors()))
                    .contains("-rtfx-underline-color: #0072b2").contains("rgba(213,94,0");

            f.dialogs.choices.add("Coordination");
            document.reassign(document.codingsAt(TEXT.indexOf("mayor")).get(0));
            assertThat(f.dialogs.offered).singleElement().isEqualTo(java.util.List.of("Coordination"));
            assertThat(f.project.codings().list("Coordination", null)).hasSize(2);
            assertThat(document.gutterProperty().get().stripes(2)).extracting(Gutter.Stripe::codeName).containsExactly("Coordination");

            document.remove(document.codingsAt(k).get(0));
            assertThat(f.project.codings().list(null, null)).hasSize(1);
            f.project.undo();
            f.project.undo(); // the re-assignment
            assertThat(f.project.codings().list("Slowness", null)).hasSize(1);
            assertThat(f.project.codings().list("Coordination", null)).hasSize(1);
            assertThat(f.project.audit().verify().isIntact()).isTrue();
            assertThat(f.dialogs.errors).isEmpty();
        }
    }

    @Test
    void speakerNamesAreEmphasised() throws Exception {
        try (ViewModelFixture f = new ViewModelFixture(dir, TEXT)) {
            DocumentViewModel document = new DocumentViewModel(f.session, f.dialogs, f.errors,
                    javafx.collections.FXCollections.observableArrayList());
            new SourceListViewModel(f.session, f.errors);
            f.open();
            var runs = document.highlightsProperty().get();
            assertThat(runs.get(0)).isEqualTo(new HighlightRuns.Run("Interviewer:".length(), java.util.List.of(HighlightRuns.SPEAKER)));
            assertThat(DocumentView.css(runs.get(0).colors())).isEqualTo("-fx-font-weight: bold;");
        }
    }
}
