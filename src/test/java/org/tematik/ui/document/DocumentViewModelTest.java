package org.tematik.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
            DocumentViewModel document = new DocumentViewModel(f.session, f.dialogs, f.errors, javafx.collections.FXCollections.observableArrayList());
            new SourceListViewModel(f.session, f.errors);
            f.open();
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
            DocumentViewModel document = new DocumentViewModel(f.session, f.dialogs, f.errors, javafx.collections.FXCollections.observableArrayList());
            new SourceListViewModel(f.session, f.errors);
            f.open();
            var code = f.project.codebook().add("Code", null, null, "#ff0000");
            var source = f.project.sources().list().get(0);
            f.project.codings().code(source.id(), code.id(), 2, 5, null); // "abc" in code points

            assertThat(document.highlightsProperty().get()).containsExactly(
                    new HighlightRuns.Run(3, java.util.List.of()),
                    new HighlightRuns.Run(3, java.util.List.of("#ff0000")),
                    new HighlightRuns.Run(4, java.util.List.of()));
        }
    }
}
