package org.tematik.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.TransferMode;
import javafx.stage.Modality;
import org.tematik.core.i18n.Messages;
import org.tematik.ui.importing.ImportDialogView;
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
        acceptDroppedFiles(scene);
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

    /** Files dropped anywhere on the window open the import dialog with them. */
    private void acceptDroppedFiles(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && context.session().project() != null) {
                e.acceptTransferModes(TransferMode.COPY);
            }
        });
        scene.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && context.session().project() != null;
            if (ok) {
                openImport(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
        });
    }

    /** Opens the import dialog, owned by the main window, with these files already listed. */
    public ImportDialogView openImport(List<Path> files) {
        ImportDialogView dialog = context.load(ImportDialogView.class);
        dialog.viewModel().add(files);
        Stage window = new Stage();
        window.initOwner(stage);
        window.initModality(Modality.WINDOW_MODAL);
        window.setTitle(Messages.tr("import.dialog.title"));
        Scene scene = new Scene(dialog.root());
        scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        window.setScene(scene);
        window.show();
        return dialog;
    }

    public MainView view() {
        return current;
    }

    private javafx.scene.Parent load() {
        current = context.load(MainView.class);
        current.setImportOpener(this::openImport);
        org.tematik.ui.exchange.ExchangeMenu.fill(current.exchangeMenu(), context.exchangeViewModel(), context.session());
        return current.root();
    }
}
