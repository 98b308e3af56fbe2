package org.tematik.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tematik.core.i18n.Messages;
import org.tematik.ui.AppContext;
import org.tematik.ui.FakeDialogService;
import org.tematik.ui.Screenshots;
import org.tematik.ui.common.AppSettings;
import org.tematik.ui.common.FxTaskRunner;
import org.tematik.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window: File › Exchange › Export project as .qdpx, driven by mouse, on the real task runner. */
@ExtendWith(ApplicationExtension.class)
class ExchangeMenuTest {
    private static Path home;
    private final FakeDialogService dialogs = new FakeDialogService();
    private AppContext context;

    @BeforeAll
    static void dataFolder() throws Exception {
        home = Files.createTempDirectory("tematik-exchange-gui");
        System.setProperty("tematik.home", home.toString());
    }

    @AfterAll
    static void restore() {
        System.clearProperty("tematik.home");
    }

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        context = new AppContext(new FxTaskRunner(), dialogs, new AppSettings(home.resolve("settings.properties")), "tester");
        new MainWindow(stage, context).show();
        context.mainViewModel().openInitialProject();
    }

    @AfterEach
    void closeProject(FxRobot robot) {
        robot.interact(() -> context.session().setProject(null));
    }

    @Test
    void exportsTheSampleProjectFromTheFileMenu(FxRobot robot) throws Exception {
        ListView<?> sources = robot.lookup(".source-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> sources.getItems().size() == 5);
        Path out = home.resolve("sample.qdpx");
        dialogs.saveFiles.add(out);
        robot.clickOn("File").clickOn("Exchange (REFI-QDA)");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            int n = 0;
            for (Window w : Window.getWindows()) {
                if (w.getScene() != null && w != robot.targetWindow()) {
                    Screenshots.save(w.getScene(), "exchange-menu-" + n++);
                }
            }
        });
        robot.clickOn("Export project as .qdpx…");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(out));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> context.session().statusProperty().get() != null && context.session().statusProperty().get().contains("5 sources"));
        assertThat(dialogs.errors).isEmpty();
    }
}
