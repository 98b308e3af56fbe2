package org.tematik.ui.main;

import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.tematik.ui.AppContext;

/** Puts the main view in the stage, and rebuilds it when the language changes (state lives in the ViewModels). */
public final class MainWindow {
    public static final String STYLESHEET = "/org/tematik/ui/tematik.css";

    private final Stage stage;
    private final AppContext context;
    private MainView current;

    public MainWindow(Stage stage, AppContext context) {
        this.stage = stage;
        this.context = context;
    }

    public void show() {
        Scene scene = new Scene(load(), 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> current.handleShortcut(event));
        stage.setScene(scene);
        stage.titleProperty().bind(context.mainViewModel().titleProperty());
        context.mainViewModel().setOnLanguageChange(() -> {
            stage.titleProperty().unbind();
            stage.getScene().setRoot(load());
            stage.titleProperty().bind(context.mainViewModel().titleProperty());
        });
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        stage.show();
    }

    public MainView view() {
        return current;
    }

    private javafx.scene.Parent load() {
        current = context.load(MainView.class);
        return current.root();
    }
}
