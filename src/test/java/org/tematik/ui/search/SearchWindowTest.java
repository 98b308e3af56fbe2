package org.tematik.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tematik.ui.Gui;
import org.tematik.core.codebook.Code;
import org.tematik.core.project.Project;
import org.tematik.ui.AppContext;
import org.tematik.ui.FakeDialogService;
import org.tematik.ui.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The search panel in the real window, headless: open it with Ctrl+Shift+F, search, jump to a hit, code all hits, undo. */
@ExtendWith(ApplicationExtension.class)
class SearchWindowTest {
    private static Path home;
    private final FakeDialogService dialogs = new FakeDialogService();
    private AppContext context;

    @BeforeAll
    static void dataFolder() throws Exception {
        home = Gui.useTempHome("tematik-search-gui-test");
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
    void searchJumpToAPassageAndCodeAllHits(FxRobot robot) throws Exception {
        Gui.waitUntil(() -> context.session().project() != null);
        Project project = context.session().project();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        Gui.waitUntil(() -> robot.lookup("#queryField").tryQuery().isPresent());
        robot.clickOn("#queryField").write("koordinasi").press(KeyCode.ENTER).release(KeyCode.ENTER);
        ListView<?> hits = robot.lookup("#hitList").queryAs(ListView.class);
        Gui.waitUntil(() -> !hits.getItems().isEmpty());
        int found = hits.getItems().size();

        robot.interact(() -> hits.getSelectionModel().clearSelection());
        robot.clickOn(robot.lookup("#hitList .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        var hit = context.searchViewModel().selectedHitProperty().get();
        InlineCssTextArea area = robot.lookup("#documentArea").queryAs(InlineCssTextArea.class);
        Gui.waitUntil(() -> hit.match().equals(area.getSelectedText()));
        assertThat(context.session().selectedSourceProperty().get().id()).isEqualTo(hit.sourceId());

        Code code = project.codebook().resolve("Central coordination");
        int before = project.codings().list(code.id().toString(), null).size();
        @SuppressWarnings("unchecked")
        ComboBox<Code> codes = robot.lookup("#codeChoice").queryAs(ComboBox.class);
        robot.interact(() -> codes.getSelectionModel().select(codes.getItems().stream()
                .filter(c -> c.id().equals(code.id())).findFirst().orElseThrow()));
        robot.interact(() -> Screenshots.save(hits.getScene(), "search-panel-en"));
        robot.clickOn("#codeAllButton");
        Gui.waitUntil(() -> project.codings().list(code.id().toString(), null).size() > before);
        int after = project.codings().list(code.id().toString(), null).size();
        assertThat(after - before).isPositive().isLessThanOrEqualTo(found);
        robot.interact(() -> Screenshots.save(hits.getScene(), "search-panel-coded-en"));

        robot.interact(() -> context.mainViewModel().undo());
        Gui.waitUntil(() -> project.codings().list(code.id().toString(), null).size() == before);
        assertThat(project.audit().verify().isIntact()).isTrue();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void theCasebookOpensFromTheEditMenu(FxRobot robot) throws Exception {
        Gui.waitUntil(() -> context.session().project() != null);
        Project project = context.session().project();
        robot.interact(() -> project.attributes().addCase("Tangerang–Yantai",
                java.util.Map.of("country", "China", "form", "MoU", "year", "2019")));
        robot.interact(() -> project.attributes().addCase("Bandung–Braunschweig",
                java.util.Map.of("country", "Germany", "form", "sister city", "year", "1960")));
        robot.clickOn("Analyse").clickOn("Cases and attributes…");
        javafx.scene.control.TableView<?> table = robot.lookup(".casebook-table").queryAs(javafx.scene.control.TableView.class);
        Gui.waitUntil(() -> table.getItems().size() == 2 && table.getColumns().size() == 4);
        robot.interact(() -> Screenshots.save(table.getScene(), "casebook-en"));
        assertThat(dialogs.errors).isEmpty();
    }

}
