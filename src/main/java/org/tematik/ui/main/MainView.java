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
    private MenuItem agreementItem;
    @FXML
    private MenuItem searchItem;
    @FXML
    private MenuItem casebookItem;
    @FXML
    private MenuItem auditItem;
    @FXML
    private MenuItem matrixItem;
    @FXML
    private MenuItem cooccurrenceItem;
    @FXML
    private MenuItem themesItem;
    @FXML
    private MenuItem suggestItem;
    @FXML
    private javafx.scene.control.Menu exchangeMenu;
    @FXML
    private javafx.scene.control.Menu securityMenu;
    @FXML
    private MenuItem undoItem;
    @FXML
    private MenuItem redoItem;
    @FXML
    private MenuItem codeSelectionItem;
    @FXML
    private MenuItem inVivoItem;
    @FXML
    private org.tematik.ui.codebook.CodebookView codebookController;
    @FXML
    private org.tematik.ui.document.DocumentView documentController;
    @FXML
    private RadioMenuItem lightThemeItem;
    @FXML
    private RadioMenuItem darkThemeItem;
    @FXML
    private javafx.scene.control.SplitPane workArea;
    private java.util.function.Consumer<String> themeSwitcher = theme -> { };
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
        auditItem.disableProperty().bind(viewModel.hasProjectProperty().not());
        codeSelectionItem.disableProperty().bind(viewModel.hasProjectProperty().not());
        agreementItem.disableProperty().bind(viewModel.hasProjectProperty().not());
        searchItem.disableProperty().bind(viewModel.hasProjectProperty().not());
        casebookItem.disableProperty().bind(viewModel.hasProjectProperty().not());
        inVivoItem.disableProperty().bind(viewModel.hasProjectProperty().not());
        matrixItem.disableProperty().bind(viewModel.hasProjectProperty().not());
        cooccurrenceItem.disableProperty().bind(viewModel.hasProjectProperty().not());
        themesItem.disableProperty().bind(viewModel.hasProjectProperty().not());
        suggestItem.disableProperty().bind(viewModel.hasProjectProperty().not());
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
        boolean typing = root.getScene() != null && root.getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl;
        Shortcuts.of(typing, this::codeSelection, this::quickCode, this::find, this::undo, this::redo,
                codebook::codeWithRecent).forEach((combination, action) -> {
            if (!event.isConsumed() && combination.match(event)) {
                action.run();
                event.consume();
            }
        });
    }

    /** The File menu's security and backups sub-menu (see ui.security.SecurityMenu). */
    public javafx.scene.control.Menu securityMenu() {
        return securityMenu;
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
    private void openTeamProject() {
        viewModel.openTeamProject();
    }

    @FXML
    private void importSources() {
        importOpener.accept(java.util.List.of());
    }

    private final Map<String, Runnable> tools = new java.util.HashMap<>();

    /** The window opens tool windows ("memos", "retrieve", "agreement", "audit") on request of the menu. */
    public void setToolOpener(String tool, Runnable opener) {
        tools.put(tool, opener);
    }

    @FXML
    private void openMemos() {
        tools.getOrDefault("memos", () -> { }).run();
    }

    @FXML
    private void openRetrieve() {
        tools.getOrDefault("retrieve", () -> { }).run();
    }

    /** The window opens the import dialog (with files dropped on it, or none). */
    public void setImportOpener(java.util.function.Consumer<java.util.List<java.nio.file.Path>> opener) {
        this.importOpener = opener;
    }

    @FXML
    private void openSearch() {
        tools.getOrDefault("search", () -> { }).run();
    }

    @FXML
    private void openCasebook() {
        tools.getOrDefault("casebook", () -> { }).run();
    }

    @FXML
    private void openSuggest() {
        tools.getOrDefault("suggest", () -> { }).run();
    }

    @FXML
    private void openAgreement() {
        tools.getOrDefault("agreement", () -> { }).run();
    }

    @FXML
    private void openAudit() {
        tools.getOrDefault("audit", () -> { }).run();
    }

    @FXML
    private void openMatrix() {
        tools.getOrDefault("matrix", () -> { }).run();
    }

    @FXML
    private void openCooccurrence() {
        tools.getOrDefault("cooccurrence", () -> { }).run();
    }

    @FXML
    private void openThemes() {
        tools.getOrDefault("themes", () -> { }).run();
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
    private void codeInVivo() {
        codebook.codeInVivo();
    }

    @FXML
    private void find() {
        documentController.openFind();
    }

    @FXML
    private void quickCode() {
        codebookController.focusQuickCode();
    }

    /** The window applies a theme; the menu shows which one is on. */
    public void setThemeSwitcher(String current, java.util.function.Consumer<String> switcher) {
        this.themeSwitcher = switcher;
        ("dark".equals(current) ? darkThemeItem : lightThemeItem).setSelected(true);
    }

    public javafx.scene.control.SplitPane workArea() {
        return workArea;
    }

    @FXML
    private void useLightTheme() {
        themeSwitcher.accept("light");
    }

    @FXML
    private void useDarkTheme() {
        themeSwitcher.accept("dark");
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
