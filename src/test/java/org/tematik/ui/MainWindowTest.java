package org.tematik.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.core.project.UserDataFolder;
import org.tematik.ui.common.AppSettings;
import org.tematik.ui.common.FxTaskRunner;
import org.tematik.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real main window headless: sample project, coding by shortcut and by drag, undo, language switch. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static Path home;
    private final FakeDialogService dialogs = new FakeDialogService();
    private AppContext context;
    private Stage stage;

    @BeforeAll
    static void dataFolder() throws Exception {
        home = Gui.useTempHome("tematik-gui-test");
    }

    @AfterAll
    static void restore() {
        Gui.restoreHome();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Messages.setLocale(Locale.ENGLISH);
        Path settings = home.resolve("settings.properties");
        try {
            Files.deleteIfExists(settings); // each test starts as a first start
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        context = new AppContext(new FxTaskRunner(), dialogs, new AppSettings(settings), "tester");
        new MainWindow(stage, context).show();
        context.mainViewModel().openInitialProject();
    }

    @AfterEach
    void closeProject(FxRobot robot) {
        robot.interact(() -> context.session().setProject(null));
    }

    @Test
    void firstStartShowsTheSampleProjectAndCodesAndUndoesASelection(FxRobot robot) throws Exception {
        ListView<?> sources = robot.lookup(".source-list").queryAs(ListView.class);
        Gui.waitUntil(() -> sources.getItems().size() == 5);
        assertThat(UserDataFolder.sampleProject().resolve("project.mv.db")).exists();
        InlineCssTextArea area = robot.lookup("#documentArea").queryAs(InlineCssTextArea.class);
        Gui.waitUntil(() -> area.getLength() > 100);
        robot.interact(() -> Screenshots.save(stage.getScene(), "main-window-en"));

        Project project = context.session().project();
        int before = project.codings().list(null, null).size();
        robot.interact(() -> area.selectRange(0, 12));
        robot.clickOn(codeCell(robot, "Partner dynamics"));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        Gui.waitUntil(() -> project.codings().list(null, null).size() == before + 1);
        assertThat(project.codings().list("Partner dynamics", null))
                .anySatisfy(c -> assertThat(c.coding().start()).isZero());
        Gui.waitUntil(() -> area.getStyleAtPosition(3).contains("-rtfx-background-color"));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        Gui.waitUntil(() -> project.codings().list(null, null).size() == before);
        assertThat(project.audit().verify().isIntact()).isTrue();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void createProjectAddSourceCodeByDragAndSwitchLanguage(FxRobot robot) throws Exception {
        Path dir = home.resolve("new-study");
        Path transcript = home.resolve("interview.txt");
        Files.writeString(transcript, "Interviewer: What slowed the MoU?\nOfficial: Koordinasi dengan pusat lambat sekali.\n");
        dialogs.folders.add(dir);
        dialogs.texts.add("New study");
        robot.clickOn("File").clickOn("New project…");
        Gui.waitUntil(() -> context.session().project() != null && context.session().project().dir().equals(dir));

        dialogs.files.add(List.of(transcript, home.resolve("missing.txt")));
        robot.clickOn("File").clickOn("Import sources…");
        robot.clickOn("#addFilesButton");
        robot.clickOn("#importButton");
        ListView<?> sources = robot.lookup(".source-list").queryAs(ListView.class);
        Gui.waitUntil(() -> sources.getItems().size() == 1);
        TableView<?> results = robot.lookup(".import-results").queryAs(TableView.class);
        Gui.waitUntil(() -> results.getItems().size() == 2);
        robot.interact(() -> Screenshots.save(results.getScene(), "import-dialog-en"));
        assertThat(results.getItems().toString()).contains("imported").contains("failed").contains("missing.txt does not exist");
        robot.clickOn("#closeButton");

        dialogs.texts.add("Central coordination");
        robot.clickOn("#addCodeButton");
        Gui.waitUntil(() -> context.codebookViewModel().codes().size() == 1);

        InlineCssTextArea area = robot.lookup("#documentArea").queryAs(InlineCssTextArea.class);
        Gui.waitUntil(() -> area.getLength() > 20);
        int start = area.getText().indexOf("Koordinasi");
        robot.interact(() -> area.selectRange(start, start + "Koordinasi dengan pusat".length()));
        javafx.geometry.Bounds word = WaitForAsyncUtils.asyncFx(
                () -> area.getCharacterBoundsOnScreen(start + 2, start + 3).orElseThrow()).get();
        robot.drag(new javafx.geometry.Point2D(word.getCenterX(), word.getCenterY()))
                .dropTo(codeCell(robot, "Central coordination"));
        Project project = context.session().project();
        Gui.waitUntil(() -> project.codings().list(null, null).size() == 1);
        assertThat(project.codings().list(null, null).get(0).text())
                .as("selection was %s", area.getSelection()).isEqualTo("Koordinasi dengan pusat");

        robot.interact(() -> context.mainViewModel().switchLanguage(Messages.INDONESIAN));
        assertThat(robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().get(0).getText()).isEqualTo("Berkas");
        robot.interact(() -> Screenshots.save(stage.getScene(), "main-window-id"));
        robot.clickOn("Berkas").clickOn("Impor sumber…");
        robot.lookup(".import-results").queryAs(TableView.class); // the dialog is up
        robot.interact(() -> Screenshots.save(robot.lookup(".import-dialog").query().getScene(), "import-dialog-id"));
        robot.clickOn("#closeButton");
        assertThat(project.audit().verify().isIntact()).isTrue();
        assertThat(dialogs.errors).isEmpty();
    }

    private static TreeCell<?> codeCell(FxRobot robot, String name) {
        return robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> c.getItem() != null && c.getGraphic() != null && c.getGraphic().lookup(".code-name") != null
                        && name.equals(((javafx.scene.control.Label) c.getGraphic().lookup(".code-name")).getText()))
                .findFirst().orElseThrow(() -> new AssertionError("no code cell " + name));
    }

}
