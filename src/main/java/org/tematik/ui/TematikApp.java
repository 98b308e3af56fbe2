package org.tematik.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.core.project.UserDataFolder;
import org.tematik.ui.common.AppSettings;
import org.tematik.ui.common.FxDialogService;
import org.tematik.ui.common.FxTaskRunner;
import org.tematik.ui.main.MainWindow;

/** The JavaFX application: opens the main window on the last project, or on the sample project at first start. */
public class TematikApp extends Application {
    private FxTaskRunner runner;
    private AppContext context;

    public static void launchApp(String[] args) {
        Application.launch(TematikApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        AppSettings settings = new AppSettings(UserDataFolder.get().resolve("settings.properties"));
        settings.language().ifPresent(Messages::setLocale);
        runner = new FxTaskRunner();
        context = new AppContext(runner, new FxDialogService(stage), settings, System.getProperty("user.name", "researcher"));
        new MainWindow(stage, context).show();
        context.mainViewModel().openInitialProject();
    }

    @Override
    public void stop() {
        Project project = context == null ? null : context.session().project();
        if (project != null) {
            project.close();
        }
        if (runner != null) {
            runner.close();
        }
    }
}
