package org.tematik.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tematik.ui.Gui;
import org.tematik.ui.AppContext;
import org.tematik.ui.FakeDialogService;
import org.tematik.ui.Screenshots;
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
        home = Gui.useTempHome("tematik-exchange-gui");
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
