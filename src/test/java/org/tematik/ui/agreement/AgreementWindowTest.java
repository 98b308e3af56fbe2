package org.tematik.ui.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tematik.ui.Gui;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.testsupport.TwoCoders;
import org.tematik.ui.AppContext;
import org.tematik.ui.FakeDialogService;
import org.tematik.ui.Screenshots;
import org.tematik.ui.common.AppSettings;
import org.tematik.ui.common.FxTaskRunner;
import org.tematik.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Opens the agreement window from the View menu on a two-coder project and works a disagreement through. */
@ExtendWith(ApplicationExtension.class)
class AgreementWindowTest {
    private static Path home;
    private static Path twoCoders;
    private AppContext context;
    private Project project;

    @BeforeAll
    static void dataFolder() throws Exception {
        home = Gui.useTempHome("tematik-agreement-gui");
        twoCoders = TwoCoders.create(Files.createTempDirectory(home, "p")); // before the window: setup has a time limit
    }

    @AfterAll
    static void restore() {
        Gui.restoreHome();
    }

    @Start
    void start(Stage stage) throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        project = Project.open(twoCoders, "sri");
        context = new AppContext(new FxTaskRunner(), new FakeDialogService(), new AppSettings(home.resolve("settings.properties")), "sri");
        new MainWindow(stage, context).show();
        context.session().setProject(project);
    }

    @AfterEach
    void closeProject(FxRobot robot) {
        robot.interact(() -> context.session().setProject(null));
    }

    @Test
    void comparesCommentsAdoptsAndJumpsToThePassage(FxRobot robot) throws Exception {
        robot.clickOn("Analyse").clickOn("Inter-coder agreement…");
        TableView<?> figures = robot.lookup("#figuresTable").queryAs(TableView.class);
        robot.clickOn("#compareButton");
        Gui.waitUntil(() -> figures.getItems().size() == 3);
        TableView<?> disagreements = robot.lookup("#disagreementTable").queryAs(TableView.class);
        assertThat(disagreements.getItems()).hasSize(2);

        robot.interact(() -> disagreements.getSelectionModel().select(0));
        robot.clickOn("#commentDraft").write("Waiting points to weak coordination.");
        robot.clickOn("#commentButton");
        Gui.waitUntil(() -> project.agreement().comments(
                (org.tematik.core.agreement.AgreementReport.DataRow) disagreements.getItems().get(0)).size() == 1);
        robot.interact(() -> Screenshots.save(figures.getScene(), "agreement-window-en"));

        robot.clickOn("#jumpButton");
        InlineCssTextArea area = robot.lookup("#documentArea").queryAs(InlineCssTextArea.class);
        Gui.waitUntil(() -> area.getSelectedText().equals("Narasumber: Lambat sekali. Kami menunggu lama."));

        robot.clickOn("#adoptButton");
        Gui.waitUntil(() -> disagreements.getItems().size() == 1);
        assertThat(project.audit().verify().isIntact()).isTrue();

        // the same window in Indonesian, from the rebuilt menu, for the screenshot
        robot.interact(() -> context.mainViewModel().switchLanguage(Messages.INDONESIAN));
        robot.clickOn("Analisis").clickOn("Kesepakatan antarpengode…");
        TableView<?> figuresId = robot.lookup("#figuresTable").match(n -> n != figures).queryAs(TableView.class);
        robot.interact(() -> ((javafx.scene.control.Button) figuresId.getScene().lookup("#compareButton")).fire());
        Gui.waitUntil(() -> figuresId.getItems().size() == 3);
        robot.interact(() -> ((TableView<?>) figuresId.getScene().lookup("#disagreementTable")).getSelectionModel().select(0));
        Gui.waitUntil(() -> !((javafx.scene.control.TextArea) figuresId.getScene().lookup("#passageText")).getText().isEmpty());
        robot.interact(() -> Screenshots.save(figuresId.getScene(), "agreement-window-id"));
    }

}
