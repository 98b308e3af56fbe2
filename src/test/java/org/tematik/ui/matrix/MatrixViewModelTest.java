package org.tematik.ui.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.matrix.Matrix;
import org.tematik.core.matrix.MatrixSpec;
import org.tematik.core.source.Source;
import org.tematik.testsupport.BaseProject;
import org.tematik.ui.ViewModelFixture;
import org.tematik.ui.common.AppSettings;
import org.tematik.ui.document.DocumentViewModel;
import org.tematik.ui.main.MainViewModel;

/** The matrix window's state without the toolkit: choices rebuild the matrix, a cell gives its evidence, export writes. */
class MatrixViewModelTest {
    static final String INTERVIEW = "Pak Budi 😀: Koordinasi dengan pusat sangat lambat.\nBu Sari: Anggaran 𝄞 terbatas.\n";
    static final String REGULATION = "Pasal 1: Kerja sama dikoordinasikan oleh pusat.\n";

    @TempDir
    Path dir;

    record Opened(UUID source, int start, int end) {
    }

    @Test
    void choicesRebuildTheMatrixAndACellShowsItsEvidence() throws Exception {
        try (ViewModelFixture f = fixture()) {
            List<Opened> opened = new ArrayList<>();
            MatrixViewModel vm = new MatrixViewModel(f.session, f.dialogs, f.errors, (s, a, b) -> opened.add(new Opened(s, a, b)));
            f.open();
            Matrix m = vm.matrixProperty().get();
            assertThat(m.columns()).extracting(Matrix.Column::label).containsExactly("interview", "regulation");
            assertThat(m.rows()).extracting(Matrix.Row::name).containsExactly("Kapasitas", "Anggaran", "Koordinasi");
            assertThat(m.cells()[2]).containsExactly(1, 1);
            assertThat(vm.summaryProperty().get()).isEqualTo("3 rows × 2 columns; 1 triangulated (K = 2).");

            vm.minSpanProperty().set(3);
            assertThat(vm.summaryProperty().get()).endsWith("0 triangulated (K = 3).");
            vm.rowsProperty().set(MatrixSpec.Rows.THEMES);
            assertThat(vm.matrixProperty().get().rows()).extracting(Matrix.Row::name).containsExactly("Kapasitas", "Koordinasi");
            vm.columnsProperty().set("coder");
            assertThat(vm.matrixProperty().get().columns()).extracting(Matrix.Column::label).containsExactly("bob", "tester");
            vm.measureProperty().set(MatrixSpec.Measure.WORDS);
            assertThat(vm.matrixProperty().get().cells()[1]).containsExactly(2, 3); // "sangat lambat"; "dikoordinasikan oleh pusat"

            vm.selectCell(1, 0);
            assertThat(vm.evidenceTitleProperty().get()).isEqualTo("Evidence for Koordinasi × bob");
            assertThat(vm.evidence()).singleElement().satisfies(e -> {
                assertThat(e.quote()).isEqualTo("sangat lambat");
                assertThat(e.paragraph()).isEqualTo(1);
            });
            vm.selectedEvidenceProperty().set(vm.evidence().get(0));
            vm.showInSource(null);
            Source interview = f.project.sources().resolve("interview");
            int[] span = BaseProject.span(INTERVIEW, "sangat lambat");
            assertThat(opened).containsExactly(new Opened(interview.id(), span[0], span[1]));
            assertThat(f.dialogs.errors).isEmpty();
        }
    }

    @Test
    void exportWritesTheFormatOfTheChosenExtensionAndXlsxOtherwise() throws Exception {
        try (ViewModelFixture f = fixture()) {
            MatrixViewModel vm = new MatrixViewModel(f.session, f.dialogs, f.errors, (s, a, b) -> { });
            f.open();
            f.dialogs.saveFiles.add(dir.resolve("matrix.csv"));
            vm.export();
            assertThat(Files.readString(dir.resolve("matrix.csv"))).contains("Koordinasi,1,1,2,yes");
            assertThat(f.session.statusProperty().get()).isEqualTo("Matrix exported to " + dir.resolve("matrix.csv"));
            f.dialogs.saveFiles.add(dir.resolve("bab-4"));
            vm.export();
            try (InputStream in = Files.newInputStream(dir.resolve("bab-4.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
                assertThat(book.getSheet("Evidence").getLastRowNum()).isEqualTo(4);
            }
            vm.export(); // cancelled: nothing more happens
            assertThat(f.dialogs.errors).isEmpty();
        }
    }

    @Test
    void showPassageOpensTheSourceAndTheDocumentSelectsItInUtf16() throws Exception {
        try (ViewModelFixture f = fixture()) {
            DocumentViewModel document = new DocumentViewModel(f.session, f.dialogs, f.errors,
                    javafx.collections.FXCollections.observableArrayList());
            MainViewModel main = new MainViewModel(f.session, f.dialogs, new AppSettings(dir.resolve("settings.properties")), "tester");
            f.open();
            Source interview = f.project.sources().resolve("interview");
            int[] span = BaseProject.span(INTERVIEW, "Anggaran 𝄞");
            main.showPassage(interview.id(), span[0], span[1]);
            assertThat(f.session.selectedSourceProperty().get().id()).isEqualTo(interview.id());
            int start16 = INTERVIEW.indexOf("Anggaran");
            assertThat(document.revealProperty().get())
                    .isEqualTo(new DocumentViewModel.Reveal(start16, start16 + "Anggaran 𝄞".length()));
        }
    }

    @Test
    void cooccurrenceCountsOverlapsAndParagraphsAndACellListsThePlaces() throws Exception {
        try (ViewModelFixture f = fixture()) {
            List<Opened> opened = new ArrayList<>();
            CooccurrenceViewModel vm = new CooccurrenceViewModel(f.session, f.dialogs, f.errors,
                    (s, a, b) -> opened.add(new Opened(s, a, b)));
            f.open();
            var co = vm.tableProperty().get();
            assertThat(co.codes()).extracting(org.tematik.core.matrix.Cooccurrence.Code::path)
                    .containsExactly("Kapasitas", "Kapasitas > Anggaran", "Koordinasi");
            assertThat(co.counts()).isDeepEqualTo(new int[][] {{1, 1, 0}, {1, 1, 0}, {0, 0, 2}});
            assertThat(vm.summaryProperty().get()).isEqualTo("3 codes; places where two codes meet: 1.");
            vm.selectCell(1, 0);
            assertThat(vm.pairsTitleProperty().get()).isEqualTo("Where Kapasitas and Kapasitas > Anggaran meet");
            assertThat(vm.pairs()).singleElement().satisfies(p -> {
                assertThat(p.quoteA()).isEqualTo("Anggaran 𝄞");
                assertThat(p.quoteB()).isEqualTo("Anggaran 𝄞 terbatas");
            });
            vm.showInSource(vm.pairs().get(0));
            int[] span = BaseProject.span(INTERVIEW, "Anggaran 𝄞 terbatas");
            assertThat(opened).containsExactly(new Opened(f.project.sources().resolve("interview").id(), span[0], span[1]));

            vm.modeProperty().set(org.tematik.core.matrix.Cooccurrence.Mode.PARAGRAPH);
            assertThat(vm.tableProperty().get().counts()[0][1]).isEqualTo(1);
            assertThat(vm.pairs()).isEmpty();
            f.dialogs.saveFiles.add(dir.resolve("co.csv"));
            vm.export();
            assertThat(Files.readAllLines(dir.resolve("co.csv")).get(0))
                    .isEqualTo("\uFEFFCode,Kapasitas,Kapasitas > Anggaran,Koordinasi");
            assertThat(f.dialogs.errors).isEmpty();
        }
    }

    /** Two sources (interview, regulation), a theme with a sub-code, codings by two coders. */
    private ViewModelFixture fixture() throws Exception {
        ViewModelFixture f = new ViewModelFixture(dir, INTERVIEW);
        Path file = dir.resolve("perda.txt");
        Files.writeString(file, REGULATION);
        f.project.sources().importFile(file, "regulation", "document analysis");
        var theme = f.project.codebook().add("Kapasitas", null, null, null);
        var budget = f.project.codebook().add("Anggaran", theme.id().toString(), null, null);
        var coordination = f.project.codebook().add("Koordinasi", null, null, null);
        Source interview = f.project.sources().resolve("interview");
        Source perda = f.project.sources().resolve("perda");
        code(f, interview, budget.id(), INTERVIEW, "Anggaran 𝄞 terbatas");
        code(f, interview, theme.id(), INTERVIEW, "Anggaran 𝄞");
        code(f, perda, coordination.id(), REGULATION, "dikoordinasikan oleh pusat");
        try (var bob = org.tematik.core.project.Project.open(f.project.dir(), "bob")) {
            int[] s = BaseProject.span(INTERVIEW, "sangat lambat");
            bob.codings().code(interview.id(), coordination.id(), s[0], s[1], null);
        }
        return f;
    }

    private static void code(ViewModelFixture f, Source source, UUID code, String text, String part) {
        int[] s = BaseProject.span(text, part);
        f.project.codings().code(source.id(), code, s[0], s[1], null);
    }
}
