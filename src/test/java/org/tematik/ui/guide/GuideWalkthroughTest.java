package org.tematik.ui.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.core.source.Source;
import org.tematik.ui.AppContext;
import org.tematik.ui.FakeDialogService;
import org.tematik.ui.Gui;
import org.tematik.ui.Screenshots;
import org.tematik.ui.common.AppSettings;
import org.tematik.ui.common.FxTaskRunner;
import org.tematik.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The user guide's walkthrough, driven through the real window on the sample project, in English and then
 * Indonesian: import, code, triangulation matrix, audit trail, anonymisation. The screenshots it writes to
 * target/screenshots/guide/ are the ones docs/images/ holds (scaled down).
 */
@ExtendWith(ApplicationExtension.class)
class GuideWalkthroughTest {
    private static Path home;
    private final FakeDialogService dialogs = new FakeDialogService();
    private AppContext context;
    private MainWindow window;
    private Stage stage;

    @BeforeAll
    static void dataFolder() throws Exception {
        home = Gui.useTempHome("tematik-guide");
    }

    @AfterAll
    static void restore() {
        Gui.restoreHome();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Messages.setLocale(Locale.ENGLISH);
        context = new AppContext(new FxTaskRunner(), dialogs, new AppSettings(home.resolve("settings.properties")), "ayu");
        window = new MainWindow(stage, context);
        window.show();
        context.mainViewModel().openInitialProject();
    }

    @Test
    void walkThroughAThematicAnalysisInBothLanguages(FxRobot robot) throws Exception {
        Gui.waitUntil(() -> context.session().project() != null && context.session().selectedSourceProperty().get() != null);
        Path table = Files.writeString(home.resolve("pseudonyms.csv"), "original,pseudonym,kind\nTangerang,Kota A,place\nYantai,Kota B,place\n");
        walk(robot, "en", "Interview 04 - Village head.txt",
                "Interviewer: Who decides about the partnership?\nRespondent: The mayor decides, but every letter waits for the ministry.\n",
                "Leadership change", table);
        robot.interact(() -> context.mainViewModel().switchLanguage(Messages.INDONESIAN));
        walk(robot, "id", "Wawancara 05 - Kepala Desa.txt",
                "Pewawancara: Siapa yang memutuskan kerja sama ini?\nNarasumber: Wali kota memutuskan, tetapi setiap surat menunggu kementerian.\n",
                "Central coordination", table);
        robot.interact(() -> context.mainViewModel().switchLanguage(Locale.ENGLISH));
        Project project = context.session().project();
        assertThat(project.audit().verify().isIntact()).isTrue();
        assertThat(project.supervision().reconciler().reconcile()).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    private void walk(FxRobot robot, String lang, String fileName, String text, String code, Path table) throws Exception {
        Project project = context.session().project();
        InlineCssTextArea area = robot.lookup("#documentArea").queryAs(InlineCssTextArea.class);
        Gui.waitUntil(() -> area.getLength() > 100);
        shot(robot, stage.getScene(), "01-main-window-" + lang);

        // 1. import a transcript
        Path file = Files.writeString(home.resolve(fileName), text);
        robot.interact(() -> window.openImport(List.of(file)));
        Gui.waitUntil(() -> robot.lookup(".import-results").tryQuery().isPresent());
        robot.clickOn("#importButton");
        TableView<?> results = robot.lookup(".import-results").queryAs(TableView.class);
        Gui.waitUntil(() -> results.getItems().size() == 1);
        Gui.waitUntil(() -> project.sources().list().stream().anyMatch(s -> fileName.startsWith(s.name())));
        shot(robot, results.getScene(), "02-import-" + lang);
        robot.clickOn("#closeButton");

        // 2. code a passage of it: select, click the code, Ctrl+Enter
        Source imported = project.sources().list().stream().filter(s -> fileName.startsWith(s.name())).findFirst().orElseThrow();
        robot.interact(() -> context.session().selectedSourceProperty().set(imported));
        InlineCssTextArea doc = robot.lookup("#documentArea").queryAs(InlineCssTextArea.class);
        Gui.waitUntil(() -> doc.getText().equals(project.sources().text(imported.id())));
        int from = doc.getText().indexOf('\n') + 1;
        int to = doc.getText().length() - 1;
        int before = project.codings().list(null, null).size();
        robot.interact(() -> doc.selectRange(from + text.substring(from).indexOf(':') + 2, to));
        robot.clickOn(codeCell(robot, code));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        Gui.waitUntil(() -> project.codings().list(null, null).size() == before + 1);
        Gui.waitUntil(() -> doc.getStyleAtPosition(to - 2).contains("-rtfx-background-color"));
        shot(robot, stage.getScene(), "03-coding-" + lang);

        // 3. the triangulation matrix, one cell's evidence
        robot.interact(() -> {
            window.openMatrix();
        });
        TableView<?> matrixTable = robot.lookup("#matrixTable").queryAs(TableView.class);
        Gui.waitUntil(() -> !matrixTable.getItems().isEmpty() && matrixTable.getColumns().size() > 3);
        javafx.scene.control.TableCell<?, ?> cell = robot.lookup(".matrix-cell").queryAllAs(javafx.scene.control.TableCell.class)
                .stream().filter(c -> c.getTableView() == matrixTable && c.getText() != null && !c.getText().isBlank()
                        && !"0".equals(c.getText().strip()))
                .findFirst().orElseThrow();
        robot.clickOn(cell);
        ListView<?> evidence = robot.lookup("#matrixEvidence").queryAs(ListView.class);
        Gui.waitUntil(() -> !evidence.getItems().isEmpty());
        shot(robot, matrixTable.getScene(), "04-matrix-" + lang);
        close(robot, matrixTable);

        // 4. the audit trail, verified
        robot.interact(() -> {
            window.openAudit();
        });
        TableView<?> events = robot.lookup("#eventTable").queryAs(TableView.class);
        Gui.waitUntil(() -> !events.getItems().isEmpty());
        robot.clickOn("#verifyButton");
        Gui.waitUntil(() -> robot.lookup(".audit-status .label").queryLabeled().getText().contains(
                "en".equals(lang) ? "intact" : "utuh"));
        shot(robot, events.getScene(), "05-audit-" + lang);
        close(robot, events);

        // 5. anonymisation: the preview (not applied, so both languages show the same names)
        dialogs.openFiles.add(table);
        fire("anonymise");
        Gui.waitUntil(() -> robot.lookup("#previewTable").tryQuery().isPresent());
        robot.clickOn("#chooseButton");
        TableView<?> preview = robot.lookup("#previewTable").queryAs(TableView.class);
        Gui.waitUntil(() -> !preview.getItems().isEmpty());
        shot(robot, preview.getScene(), "06-anonymise-" + lang);
        close(robot, preview);
    }

    private static void shot(FxRobot robot, Scene scene, String name) {
        robot.interact(() -> Screenshots.save(scene, "guide/" + name));
    }

    private static void close(FxRobot robot, Node node) {
        robot.interact(() -> ((Stage) node.getScene().getWindow()).close());
    }

    private void fire(String id) {
        javafx.application.Platform.runLater(() -> {
            MenuBar bar = (MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
            for (Menu top : bar.getMenus()) {
                for (MenuItem item : top.getItems()) {
                    if (item instanceof Menu sub) {
                        sub.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().ifPresent(MenuItem::fire);
                    }
                }
            }
        });
    }

    private static TreeCell<?> codeCell(FxRobot robot, String name) {
        return robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> c.getItem() != null && c.getGraphic() != null && c.getGraphic().lookup(".code-name") != null
                        && name.equals(((javafx.scene.control.Label) c.getGraphic().lookup(".code-name")).getText()))
                .findFirst().orElseThrow(() -> new AssertionError("no code cell " + name));
    }
}
