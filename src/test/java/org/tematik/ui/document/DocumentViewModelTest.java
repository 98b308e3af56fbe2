package org.tematik.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.coding.CodingView;
import org.tematik.ui.ViewModelFixture;
import org.tematik.ui.common.TextSelection;
import org.tematik.ui.sources.SourceListViewModel;

class DocumentViewModelTest {
    @TempDir
    Path dir;

    @Test
    void selectionIsConvertedFromUtf16ToCodePoints() throws Exception {
        String text = "😀 Koordinasi 😀 pusat";
        try (ViewModelFixture f = new ViewModelFixture(dir, text)) {
            DocumentViewModel document = openDocument(f);
            assertThat(document.textProperty().get()).isEqualTo(text);

            int start16 = text.indexOf("pusat");
            document.select(start16, start16 + 5);
            TextSelection selection = f.session.selectionProperty().get();
            assertThat(selection.start()).isEqualTo(start16 - 2); // two emoji before: one code point each, two UTF-16 units
            assertThat(selection.end()).isEqualTo(selection.start() + 5);
            assertThat(document.selectionInfoProperty().get()).contains("5");
        }
    }

    @Test
    void codingsBecomeHighlightRunsInUtf16() throws Exception {
        String text = "😀 abc def";
        try (ViewModelFixture f = new ViewModelFixture(dir, text)) {
            DocumentViewModel document = openDocument(f);
            var code = f.project.codebook().add("Code", null, null, "#ff0000");
            var source = f.project.sources().list().get(0);
            f.project.codings().code(source.id(), code.id(), 2, 5, null); // "abc" in code points

            assertThat(document.highlightsProperty().get()).containsExactly(
                    new HighlightRuns.Run(3, java.util.List.of()),
                    new HighlightRuns.Run(3, java.util.List.of("#ff0000")),
                    new HighlightRuns.Run(4, java.util.List.of()));
        }
    }

    /**
     * Codings added, removed or re-assigned here change the shown list without reading the source again; any other
     * change (a rename, an undo) reads it all. Either way the viewer shows exactly what the project holds.
     */
    @Test
    void addedCodingsAndOtherChangesLeaveTheViewerShowingWhatTheProjectHolds() throws Exception {
        String text = "Koordinasi dengan pusat lambat, anggaran kecil.";
        try (ViewModelFixture f = new ViewModelFixture(dir, text)) {
            DocumentViewModel document = openDocument(f);
            var source = f.project.sources().list().get(0);
            var slow = f.project.codebook().add("Slowness", null, null, "#ff0000");
            var budget = f.project.codebook().add("Budget", null, null, "#00aa00");

            var first = f.project.codings().code(source.id(), slow.id(), 18, 30, null);
            var second = f.project.codings().code(source.id(), budget.id(), 32, 46, null);
            f.project.codings().code(source.id(), slow.id(), 0, 23, null); // before the others in text order
            assertShowsWhatTheProjectHolds(document, f, source.id(), text);
            assertThat(document.codingsAt(20)).hasSize(2);

            f.project.codings().reassign(second, slow.id());
            assertShowsWhatTheProjectHolds(document, f, source.id(), text);
            assertThat(document.codingsAt(40)).extracting(CodingView::codeName).containsExactly("Slowness");

            f.project.codebook().rename(slow.id().toString(), "Delay");
            assertShowsWhatTheProjectHolds(document, f, source.id(), text);
            assertThat(document.codingsAt(20)).extracting(CodingView::codeName).containsOnly("Delay");

            f.project.codings().remove(first);
            assertShowsWhatTheProjectHolds(document, f, source.id(), text);
            f.project.undo();
            assertShowsWhatTheProjectHolds(document, f, source.id(), text);
            assertThat(document.codingsAt(25)).hasSize(1);
        }
    }

    private static void assertShowsWhatTheProjectHolds(DocumentViewModel document, ViewModelFixture f, java.util.UUID source,
                                                       String text) {
        java.util.List<CodingView> held = f.project.codings().forSource(source);
        for (int i = 0; i < text.length(); i++) { // no emoji in this text: UTF-16 and code points agree
            int at = i;
            assertThat(document.codingsAt(i)).as("at %d", i).containsExactlyInAnyOrderElementsOf(
                    held.stream().filter(c -> c.coding().start() <= at && at < c.coding().end()).toList());
        }
    }

    /** The viewer on the fixture's one source, opened as the source list opens it. */
    private static DocumentViewModel openDocument(ViewModelFixture f) throws Exception {
        DocumentViewModel document = new DocumentViewModel(f.session, f.dialogs, f.errors, javafx.collections.FXCollections.observableArrayList());
        new SourceListViewModel(f.session, f.errors);
        f.open();
        return document;
    }
}
