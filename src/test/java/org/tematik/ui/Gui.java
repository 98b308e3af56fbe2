package org.tematik.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.tematik.core.i18n.Messages;
import org.tematik.ui.common.AppSettings;
import org.tematik.ui.common.DialogService;
import org.tematik.ui.common.FxTaskRunner;
import org.tematik.ui.main.MainWindow;
import org.testfx.util.WaitForAsyncUtils;

/** What every test driving a real window needs: its own user data folder, and waiting for the toolkit. */
public final class Gui {
    private Gui() {
    }

    /** A fresh user data folder (settings, log, sample project) for this test class's windows. */
    public static Path useTempHome(String prefix) throws IOException {
        Path home = Files.createTempDirectory(prefix);
        System.setProperty("tematik.home", home.toString());
        return home;
    }

    /** Back to the real user data folder and to English, as the next test class expects. */
    public static void restoreHome() {
        System.clearProperty("tematik.home");
        Messages.setLocale(Locale.ENGLISH);
    }

    /** The real main window in English on the sample project (made on first start in {@code home}); call from @Start. */
    public static AppContext openMainWindow(javafx.stage.Stage stage, Path home, DialogService dialogs) {
        Messages.setLocale(Locale.ENGLISH);
        AppContext context = new AppContext(new FxTaskRunner(), dialogs, new AppSettings(home.resolve("settings.properties")),
                "tester");
        new MainWindow(stage, context).show();
        context.mainViewModel().openInitialProject();
        return context;
    }

    /** Waits until the FX thread or the task runner has brought the condition about, then for pending FX events. */
    public static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition); // generous: CI machines are shared
        WaitForAsyncUtils.waitForFxEvents();
    }
}
