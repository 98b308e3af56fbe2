package org.tematik.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.ui.AppContext;
import org.tematik.ui.FakeDialogService;
import org.tematik.ui.Gui;
import org.tematik.ui.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives File > Security and backups in the real window: anonymise the sample project, then the other dialogs, EN and ID. */
@ExtendWith(ApplicationExtension.class)
class SecurityWindowTest {
    private static Path home;
    private final FakeDialogService dialogs = new FakeDialogService();
    private AppContext context;
    private Stage stage;

    @BeforeAll
    static void dataFolder() throws Exception {
        home = Gui.useTempHome("tematik-security-test");
    }

    @AfterAll
    static void restore() {
        Gui.restoreHome();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = Gui.openMainWindow(stage, home, dialogs);
    }

    @Test
    void anonymiseTheSampleProjectFromTheMenuAndShowTheDialogsInBothLanguages(FxRobot robot) throws Exception {
        Gui.waitUntil(() -> context.session().project() != null && context.session().selectedSourceProperty().get() != null);
        Path table = Files.writeString(home.resolve("pseudonyms.csv"), "original,pseudonym,kind\nTangerang,Kota A,place\nYantai,Kota B,place\n");
        robot.interact(() -> context.mainViewModel().switchLanguage(Messages.INDONESIAN));
        dialogs.openFiles.add(table);
        fire(robot, "anonymise");
        Gui.waitUntil(() -> robot.lookup("#previewTable").tryQuery().isPresent());
        robot.clickOn("#chooseButton");
        Gui.waitUntil(() -> !robot.lookup("#previewTable").queryAs(TableView.class).getItems().isEmpty());
        robot.interact(() -> Screenshots.save(robot.lookup("#previewTable").query().getScene(), "anonymise-dialog-id"));
        robot.interact(() -> ((Stage) robot.lookup("#previewTable").query().getScene().getWindow()).close());
        showDialogs(robot, "id");
        robot.interact(() -> context.mainViewModel().switchLanguage(Locale.ENGLISH));
        Gui.waitUntil(() -> robot.lookup("#documentArea").tryQuery().isPresent());
        InlineCssTextArea area = robot.lookup("#documentArea").queryAs(InlineCssTextArea.class);
        Gui.waitUntil(() -> area.getText().contains("Tangerang"));
        Project project = context.session().project();
        int codings = project.codings().list(null, null).size();

        dialogs.openFiles.add(table);
        fire(robot, "anonymise");
        Gui.waitUntil(() -> robot.lookup("#previewTable").tryQuery().isPresent());
        TableView<?> preview = robot.lookup("#previewTable").queryAs(TableView.class);
        robot.clickOn("#chooseButton");
        Gui.waitUntil(() -> !preview.getItems().isEmpty());
        robot.interact(() -> Screenshots.save(preview.getScene(), "anonymise-dialog-en"));
        dialogs.passwords.add("frasa-sandi-uji");
        dialogs.passwords.add("frasa-sandi-uji");
        robot.clickOn("#applyButton");
        Gui.waitUntil(() -> project.anonymisation().mappings().size() == 1);
        Gui.waitUntil(() -> !area.getText().contains("Tangerang") && area.getText().contains("Kota A"));
        assertThat(project.codings().list(null, null)).hasSize(codings);
        assertThat(project.supervision().reconciler().reconcile()).isEmpty();
        robot.interact(() -> ((Stage) preview.getScene().getWindow()).close());
        robot.interact(() -> Screenshots.save(stage.getScene(), "anonymised-main-window-en"));
        assertThat(dialogs.errors).isEmpty();

        showDialogs(robot, "en");
        assertThat(dialogs.errors).isEmpty();
    }

    private void showDialogs(FxRobot robot, String language) throws Exception {
        fire(robot, "newEncrypted");
        Gui.waitUntil(() -> robot.lookup("#passphraseField").tryQuery().isPresent());
        robot.clickOn("#passphraseField").write("kopi tubruk");
        Gui.waitUntil(() -> !robot.lookup("#strengthLabel").queryLabeled().getText().isEmpty());
        close(robot, "#passphraseField", "new-encrypted-project-" + language);
        fire(robot, "backupSettings");
        Gui.waitUntil(() -> robot.lookup("#everySpinner").tryQuery().isPresent());
        close(robot, "#everySpinner", "backup-settings-" + language);
    }

    private static void close(FxRobot robot, String query, String screenshot) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            Screenshots.save(node.getScene(), screenshot);
            ((Stage) node.getScene().getWindow()).close();
        });
    }

    /** Fires a File > Security and backups item by id (sub-menus are slow and flaky to click headless). */
    private void fire(FxRobot robot, String id) {
        robot.interact(() -> {
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
}
