package org.tematik.ui.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.core.suggest.RankedCode;
import org.tematik.core.suggest.SuggestUnit;
import org.tematik.core.suggest.UnitSuggestions;
import org.tematik.testsupport.SuggestCorpus;
import org.tematik.ui.AppContext;
import org.tematik.ui.FakeDialogService;
import org.tematik.ui.Gui;
import org.tematik.ui.Screenshots;
import org.tematik.ui.common.AppSettings;
import org.tematik.ui.common.FxTaskRunner;
import org.tematik.ui.main.MainWindow;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Opens "Suggest codes for this source" from the Code menu and works the queue with the A, R and S keys. */
@ExtendWith(ApplicationExtension.class)
class SuggestWindowTest {
    private static Path home;
    private static Path corpus;
    private AppContext context;
    private Project project;

    @BeforeAll
    static void dataFolder() throws Exception {
        home = Gui.useTempHome("tematik-suggest-gui");
        corpus = SuggestCorpus.create(Files.createTempDirectory(home, "p")); // before the window: setup has a time limit
    }

    @AfterAll
    static void restore() {
        Gui.restoreHome();
    }

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        project = Project.open(corpus, "sri");
        context = new AppContext(new FxTaskRunner(), new FakeDialogService(), new AppSettings(home.resolve("settings.properties")), "sri");
        new MainWindow(stage, context).show();
        context.session().setProject(project);
        context.session().selectedSourceProperty().set(project.sources().resolve(SuggestCorpus.NEW));
    }

    @AfterEach
    void closeProject(FxRobot robot) {
        robot.interact(() -> context.session().setProject(null));
    }

    @Test
    void skipAcceptAndRejectWithTheKeys(FxRobot robot) throws Exception {
        robot.clickOn("Code").clickOn("Suggest codes for this source…");
        ListView<UnitSuggestions> units = robot.lookup("#unitList").queryAs(ListView.class);
        ListView<RankedCode> codes = robot.lookup("#codeList").queryAs(ListView.class);
        Gui.waitUntil(() -> units.getItems().size() == 2);
        assertThat(codes.getItems().get(0).codeName()).isEqualTo("Budget");
        // choosing a unit shows it in the document
        InlineCssTextArea area = robot.lookup("#documentArea").queryAs(InlineCssTextArea.class);
        Gui.waitUntil(() -> area.getSelectedText().startsWith("Anggaran daerah"));
        robot.interact(() -> Screenshots.save(units.getScene(), "suggest-window-en"));

        robot.clickOn(units).type(KeyCode.S);
        Gui.waitUntil(() -> units.getSelectionModel().getSelectedIndex() == 1);
        assertThat(codes.getItems().get(0).codeName()).isEqualTo("Koordinasi");

        robot.type(KeyCode.A);
        Gui.waitUntil(() -> units.getItems().size() == 1);
        assertThat(project.suggestions().acceptedCodings()).hasSize(1);
        assertThat(project.codings().list("Koordinasi", SuggestCorpus.NEW)).hasSize(1);

        int before = codes.getItems().size();
        robot.type(KeyCode.R);
        Gui.waitUntil(() -> units.getItems().isEmpty() || codes.getItems().size() == before - 1);
        UnitSuggestions first = project.suggestions().forSource(SuggestCorpus.NEW, SuggestUnit.PARAGRAPH, 3).stream()
                .filter(u -> u.start() == 0).findFirst().orElse(null);
        assertThat(first == null ? java.util.List.<RankedCode>of() : first.codes()).extracting(RankedCode::codeName)
                .doesNotContain("Budget");
        assertThat(project.audit().verify().isIntact()).isTrue();

        // the same window in Indonesian for the screenshot, after the rejection is undone
        robot.interact(() -> project.undo());
        robot.interact(() -> context.mainViewModel().switchLanguage(Messages.INDONESIAN));
        robot.interact(() -> context.session().selectedSourceProperty().set(project.sources().resolve(SuggestCorpus.NEW)));
        robot.clickOn("Kode").clickOn("Sarankan kode untuk sumber ini…");
        ListView<?> unitsId = robot.lookup("#unitList").match(n -> n != units).queryAs(ListView.class);
        Gui.waitUntil(() -> unitsId.getItems().size() == 1);
        robot.interact(() -> Screenshots.save(unitsId.getScene(), "suggest-window-id"));
    }
}
