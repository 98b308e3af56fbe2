package org.tematik.ui.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tematik.ui.Gui;
import org.tematik.core.matrix.Evidence;
import org.tematik.core.matrix.Matrix;
import org.tematik.ui.AppContext;
import org.tematik.ui.FakeDialogService;
import org.tematik.ui.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real matrix window headless, on the sample project: open from the menu, click a cell, jump to the passage. */
@ExtendWith(ApplicationExtension.class)
class MatrixWindowTest {
    private static Path home;
    private final FakeDialogService dialogs = new FakeDialogService();
    private AppContext context;

    @BeforeAll
    static void dataFolder() throws Exception {
        home = Gui.useTempHome("tematik-matrix-gui");
    }

    @AfterAll
    static void restore() {
        Gui.restoreHome();
    }

    @Start
    void start(Stage stage) {
        context = Gui.openMainWindow(stage, home, dialogs);
    }

    @AfterEach
    void closeProject(FxRobot robot) {
        robot.interact(() -> context.session().setProject(null));
    }

    @Test
    void openFromTheMenuClickACellAndJumpToThePassage(FxRobot robot) throws Exception {
        Gui.waitUntil(() -> context.session().project() != null);
        robot.clickOn("Analyse").clickOn("Triangulation matrix…");
        TableView<?> table = robot.lookup("#matrixTable").queryAs(TableView.class);
        Gui.waitUntil(() -> !table.getItems().isEmpty() && table.getColumns().size() > 3);
        Matrix m = ((MatrixViewModel) table.getScene().getRoot().getUserData()).matrixProperty().get();
        assertThat(m.columns()).extracting(Matrix.Column::label).containsExactly("agreement", "interview", "regulation");
        int regulation = 2;
        int row = firstTriangulatedRowWith(m, regulation);
        javafx.scene.control.TableCell<?, ?> cell = robot.lookup(".matrix-cell").queryAllAs(javafx.scene.control.TableCell.class)
                .stream().filter(c -> c.getIndex() == row && c.getTableColumn() == table.getColumns().get(regulation + 1)).findFirst().orElseThrow();
        robot.clickOn(cell);
        @SuppressWarnings("unchecked")
        ListView<Evidence> evidence = robot.lookup("#matrixEvidence").queryAs(ListView.class);
        Gui.waitUntil(() -> !evidence.getItems().isEmpty());
        assertThat(evidence.getItems()).allSatisfy(e -> assertThat(e.column()).isEqualTo("regulation"));
        Window matrixWindow = table.getScene().getWindow();
        robot.interact(() -> Screenshots.save(table.getScene(), "matrix-window-en"));

        Evidence first = evidence.getItems().get(0);
        robot.interact(() -> evidence.getSelectionModel().select(0));
        robot.clickOn("#matrixShow");
        Gui.waitUntil(() -> context.session().selectedSourceProperty().get() != null
                && context.session().selectedSourceProperty().get().id().equals(first.sourceId()));
        InlineCssTextArea area = robot.lookup("#documentArea").queryAs(InlineCssTextArea.class);
        Gui.waitUntil(() -> area.getSelectedText().equals(first.quote()));
        assertThat(matrixWindow.isShowing()).isTrue();

        var project = context.session().project(); // the sample's codings do not overlap: make two codes meet
        var coding = project.codings().list(null, null).get(0);
        var other = project.codebook().tree().stream().filter(n -> !n.code().id().equals(coding.coding().codeId())).findFirst()
                .orElseThrow();
        project.codings().code(coding.coding().sourceId(), other.code().id(), coding.coding().start(), coding.coding().end(), null);
        robot.clickOn("Analyse").clickOn("Code co-occurrence…");
        TableView<?> co = robot.lookup("#cooccurrenceTable").queryAs(TableView.class);
        Gui.waitUntil(() -> !co.getItems().isEmpty()
                && ((CooccurrenceViewModel) co.getScene().getRoot().getUserData()).tableProperty().get().max() > 0);
        var model = ((CooccurrenceViewModel) co.getScene().getRoot().getUserData()).tableProperty().get();
        int[] pair = firstPair(model.counts());
        robot.interact(() -> {
            co.scrollTo(pair[0]);
            co.scrollToColumnIndex(pair[1] + 1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableCell<?, ?> coCell = robot.lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class)
                .stream().filter(c -> c.getTableView() == co && c.getIndex() == pair[0]
                        && c.getTableColumn() == co.getColumns().get(pair[1] + 1)).findFirst().orElseThrow();
        robot.clickOn(coCell);
        ListView<?> places = robot.lookup("#cooccurrencePairs").queryAs(ListView.class);
        Gui.waitUntil(() -> places.getItems().size() == model.counts()[pair[0]][pair[1]]);
        robot.interact(() -> Screenshots.save(co.getScene(), "cooccurrence-window-en"));
        assertThat(dialogs.errors).isEmpty();
    }

    private static int[] firstPair(int[][] counts) {
        for (int b = 0; b < counts.length; b++) { // leftmost column first: it is on screen
            for (int a = 0; a < counts.length; a++) {
                if (a != b && counts[a][b] > 0) {
                    return new int[] {a, b};
                }
            }
        }
        throw new AssertionError("no two codes meet in the sample project");
    }

    private static int firstTriangulatedRowWith(Matrix m, int column) {
        for (int r = 0; r < m.rows().size(); r++) {
            if (m.rows().get(r).triangulated() && m.cell(r, column) > 0) {
                return r;
            }
        }
        throw new AssertionError("the sample project has no triangulated code");
    }

}
