package org.tematik.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tematik.ui.Gui;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.testsupport.SupervisedProject;
import org.tematik.ui.AppContext;
import org.tematik.ui.FakeDialogService;
import org.tematik.ui.Screenshots;
import org.tematik.ui.common.AppSettings;
import org.tematik.ui.common.FxTaskRunner;
import org.tematik.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Opens the audit viewer from View > Audit trail on a real window, headless: rows, detail, verify, screenshot. */
@ExtendWith(ApplicationExtension.class)
class AuditWindowTest {
    private static Path home;
    private static Path project;
    private final FakeDialogService dialogs = new FakeDialogService();
    private AppContext context;
    private Stage stage;

    @BeforeAll
    static void projectWithAStory() throws Exception {
        home = Gui.useTempHome("tematik-audit-gui");
        project = SupervisedProject.create(home);
    }

    @AfterAll
    static void restore() {
        Gui.restoreHome();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Messages.setLocale(Locale.ENGLISH);
        context = new AppContext(new FxTaskRunner(), dialogs, new AppSettings(home.resolve("settings.properties")), "dr-rina");
        new MainWindow(stage, context).show();
        context.session().setProject(Project.open(project, "dr-rina"));
    }

    @AfterEach
    void closeProject(FxRobot robot) {
        Project p = context.session().project();
        robot.interact(() -> context.session().setProject(null));
        p.close();
    }

    @Test
    void viewerListsFiltersShowsDetailAndVerifies(FxRobot robot) throws Exception {
        robot.clickOn("View").clickOn("Audit trail…");
        TableView<?> table = robot.lookup("#eventTable").queryAs(TableView.class);
        Gui.waitUntil(() -> table.getItems().size() == 20 && ((AuditRow) table.getItems().get(10)).isLoaded());
        robot.interact(() -> table.getSelectionModel().select(10));
        TextArea detail = robot.lookup(".audit-detail").queryAs(TextArea.class);
        Gui.waitUntil(() -> detail.getText().contains("renamed code 'Koordinasi' to 'Central coordination'"));
        assertThat(detail.getText()).contains("Before:").contains("After:");

        robot.clickOn("Verify trail");
        Label status = robot.lookup(".audit-status .label").queryAs(Label.class);
        Gui.waitUntil(() -> status.getText().startsWith("audit trail intact: 20 events"));
        robot.interact(() -> Screenshots.save(table.getScene(), "audit-viewer-en"));

        robot.clickOn("#searchField").write("anggaran");
        Gui.waitUntil(() -> table.getItems().size() == 6);

        robot.clickOn("Coder activity");
        TableView<?> activity = robot.lookup("#activityTable").queryAs(TableView.class);
        Gui.waitUntil(() -> activity.getItems().size() == 2); // alice and bob, on the days of the 'anggaran' events
        robot.interact(() -> Screenshots.save(activity.getScene(), "audit-viewer-activity-en"));
        assertThat(dialogs.errors).isEmpty();
    }

}
