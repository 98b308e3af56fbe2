package org.tematik.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** Placeholder until the GUI shell lands. */
public class TematikApp extends Application {
    public static void launchApp(String[] args) {
        Application.launch(TematikApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.show();
    }
}
