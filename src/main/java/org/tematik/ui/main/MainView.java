package org.tematik.ui.main;

import java.util.Map;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import org.tematik.core.i18n.Messages;
import org.tematik.ui.codebook.CodebookViewModel;

/** The main window: menus, the three work panes (sources, document, codebook) and the status bar. */
public final class MainView {
    private final MainViewModel viewModel;
    private final CodebookViewModel codebook;
    private java.util.function.Consumer<java.util.List<java.nio.file.Path>> importOpener = paths -> { };

    @FXML
    private BorderPane root;
    @FXML
    private MenuItem importItem;
    @FXML
    private javafx.scene.control.Menu exchangeMenu;
    @FXML
    private MenuItem undoItem;
    @FXML
    private MenuItem redoItem;
    @FXML
    private MenuItem codeSelectionItem;
    @FXML
    private RadioMenuItem englishItem;
    @FXML
    private RadioMenuItem indonesianItem;
    @FXML
    private Label statusLabel;
    @FXML
    private Label projectLabel;

    public MainView(MainViewModel viewModel, CodebookViewModel codebook) {
        this.viewModel = viewModel;
        this.codebook = codebook;
    }

    @FXML
    private void initialize() {
        importItem.disableProperty().bind(viewModel.hasProjectProperty().not());
        codeSelectionItem.disableProperty().bind(viewModel.hasProjectProperty().not());
        undoItem.disableProperty().bind(viewModel.canUndoProperty().not());
        redoItem.disableProperty().bind(viewModel.canRedoProperty().not());
        undoItem.textProperty().bind(viewModel.undoTextProperty());
        redoItem.textProperty().bind(viewModel.redoTextProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        projectLabel.textProperty().bind(viewModel.projectInfoProperty());
        boolean indonesian = Messages.locale().getLanguage().equals(Messages.INDONESIAN.getLanguage());
        (indonesian ? indonesianItem : englishItem).setSelected(true);
    }

    /**
     * The document area binds Ctrl+Z to its own (empty) undo, so the window catches its shortcuts
     * before any control sees them and passes them here: one undo, the project's.
     */
    public void handleShortcut(KeyEvent event) {
        shortcuts().forEach((combination, action) -> {
            if (!event.isConsumed() && combination.match(event)) {
                action.run();
                event.consume();
            }
        });
    }

    private Map<KeyCombination, Runnable> shortcuts() {
        return Map.of(
                KeyCombination.keyCombination("Shortcut+Z"), this::undo,
                KeyCombination.keyCombination("Shortcut+Y"), this::redo,
                KeyCombination.keyCombination("Shortcut+Shift+Z"), this::redo,
                KeyCombination.keyCombination("Shortcut+Enter"), this::codeSelection);
    }

    /** The File menu's REFI-QDA sub-menu, filled by the window (see ui.exchange.ExchangeMenu). */
    public javafx.scene.control.Menu exchangeMenu() {
        return exchangeMenu;
    }

    public BorderPane root() {
        return root;
    }

    @FXML
    private void newProject() {
        viewModel.newProject();
    }

    @FXML
    private void openProject() {
        viewModel.openProject();
    }

    @FXML
    private void importSources() {
        importOpener.accept(java.util.List.of());
    }

    /** The window opens the import dialog (with files dropped on it, or none). */
    public void setImportOpener(java.util.function.Consumer<java.util.List<java.nio.file.Path>> opener) {
        this.importOpener = opener;
    }

    @FXML
    private void quit() {
        Platform.exit();
    }

    @FXML
    private void undo() {
        viewModel.undo();
    }

    @FXML
    private void redo() {
        viewModel.redo();
    }

    @FXML
    private void codeSelection() {
        codebook.codeSelectionWithSelectedCode();
    }

    @FXML
    private void useEnglish() {
        viewModel.switchLanguage(java.util.Locale.ENGLISH);
    }

    @FXML
    private void useIndonesian() {
        viewModel.switchLanguage(Messages.INDONESIAN);
    }
}
