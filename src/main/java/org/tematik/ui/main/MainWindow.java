package org.tematik.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.TransferMode;
import javafx.stage.Modality;
import org.tematik.core.i18n.Messages;
import org.tematik.ui.agreement.AgreementView;
import org.tematik.ui.importing.ImportDialogView;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.tematik.ui.AppContext;

/** Puts the main view in the stage, and rebuilds it when the language changes (state lives in the ViewModels). */
public final class MainWindow {
    public static final String STYLESHEET = "/org/tematik/ui/tematik.css";
    public static final String DARK = "/org/tematik/ui/tematik-dark.css";

    private final Stage stage;
    private final AppContext context;
    private MainView current;

    private Stage searchWindow;
    private org.tematik.ui.search.SearchView searchView;

    public MainWindow(Stage stage, AppContext context) {
        this.stage = stage;
        this.context = context;
    }

    public void show() {
        double width = context.settings().layout("width").map(Double::parseDouble).orElse(1280.0);
        double height = context.settings().layout("height").map(Double::parseDouble).orElse(800.0);
        Scene scene = new Scene(load(), width, height);
        applyTheme(scene, context.settings().theme());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> current.handleShortcut(event));
        acceptDroppedFiles(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(context.mainViewModel().titleProperty());
        context.mainViewModel().setOnLanguageChange(() -> {
            stage.titleProperty().unbind();
            stage.getScene().setRoot(load());
            stage.titleProperty().bind(context.mainViewModel().titleProperty());
        });
        stage.setOnHiding(e -> rememberLayout());
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        stage.show();
    }

    /** Light or dark: the dark sheet overrides only the palette; tool windows copy the main window's sheets. */
    public void applyTheme(Scene scene, String theme) {
        scene.getStylesheets().setAll(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        if ("dark".equals(theme)) {
            scene.getStylesheets().add(MainWindow.class.getResource(DARK).toExternalForm());
        }
    }

    private void switchTheme(String theme) {
        context.settings().setTheme(theme);
        applyTheme(stage.getScene(), theme);
    }

    /** Window size and pane dividers, saved when the window closes and restored on the next start. */
    private void rememberLayout() {
        context.settings().setLayout("width", Double.toString(stage.getWidth()));
        context.settings().setLayout("height", Double.toString(stage.getHeight()));
        double[] dividers = current.workArea().getDividerPositions();
        context.settings().setLayout("dividers", java.util.Arrays.stream(dividers)
                .mapToObj(d -> String.format(java.util.Locale.ROOT, "%.3f", d)).collect(java.util.stream.Collectors.joining(",")));
    }

    private void restoreDividers(MainView view) {
        context.settings().layout("dividers").ifPresent(text -> {
            try {
                double[] positions = java.util.Arrays.stream(text.split(",")).mapToDouble(Double::parseDouble).toArray();
                view.workArea().setDividerPositions(positions);
            } catch (NumberFormatException e) {
                // a hand-edited settings file: keep the default layout
            }
        });
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

    /** Opens the inter-coder agreement window beside the main window (not modal: jumps land in the document). */
    public AgreementView openAgreement() {
        AgreementView view = context.load(AgreementView.class);
        openTool(view.root(), Messages.tr("agreement.view.title"));
        return view;
    }

    /** Opens a tool window (memo list, retrieval) owned by the main window, not modal: people code beside it. */
    public Stage openTool(javafx.scene.Parent content, String title) {
        Stage window = new Stage();
        window.initOwner(stage);
        window.setTitle(title);
        Scene scene = new Scene(content);
        scene.getStylesheets().addAll(stage.getScene().getStylesheets());
        window.setScene(scene);
        window.show();
        return window;
    }

    /** Opens the audit viewer in its own window beside the main one. */
    public org.tematik.ui.audit.AuditView openAudit() {
        org.tematik.ui.audit.AuditView audit = context.load(org.tematik.ui.audit.AuditView.class);
        openTool(audit.root(), Messages.tr("audit.viewer.title", projectName()));
        audit.viewModel().open();
        return audit;
    }

    /** Opens the triangulation matrix in its own window beside the main one (evidence clicks show passages there). */
    public org.tematik.ui.matrix.MatrixView openMatrix() {
        org.tematik.ui.matrix.MatrixView matrix = context.load(org.tematik.ui.matrix.MatrixView.class);
        Stage window = openTool(matrix.root(), Messages.tr("matrix.window.title", projectName()));
        window.setOnHidden(e -> matrix.viewModel().dispose());
        matrix.viewModel().refresh();
        return matrix;
    }

    /** Opens the code co-occurrence table in its own window. */
    public org.tematik.ui.matrix.CooccurrenceView openCooccurrence() {
        org.tematik.ui.matrix.CooccurrenceView view = context.load(org.tematik.ui.matrix.CooccurrenceView.class);
        Stage window = openTool(view.root(), Messages.tr("cooccurrence.window.title", projectName()));
        window.setOnHidden(e -> view.viewModel().dispose());
        view.viewModel().refresh();
        return view;
    }

    /** Opens the themes window: theme editor, thematic map, review pane and charts. */
    public org.tematik.ui.theme.ThemesView openThemes() {
        org.tematik.ui.theme.ThemesView view = context.load(org.tematik.ui.theme.ThemesView.class);
        Stage window = openTool(view.root(), Messages.tr("theme.window.title", projectName()));
        window.setOnHidden(e -> view.dispose());
        view.refresh();
        return view;
    }

    /** Opens the suggestion review queue for the source open in the document. */
    public org.tematik.ui.suggest.SuggestView openSuggest() {
        org.tematik.ui.suggest.SuggestView view = context.load(org.tematik.ui.suggest.SuggestView.class);
        openTool(view.root(), Messages.tr("suggest.view.title", view.viewModel().sourceNameProperty().get()));
        return view;
    }

    private String projectName() {
        return context.session().project() == null ? "" : context.session().project().name();
    }

    /** Opens the search panel (one at a time; it keeps its query and hits between openings). */
    public org.tematik.ui.search.SearchView openSearch() {
        if (searchWindow != null && searchWindow.isShowing()) {
            searchWindow.toFront();
            return searchView;
        }
        searchView = context.load(org.tematik.ui.search.SearchView.class);
        searchWindow = openTool(searchView.root(), Messages.tr("search.panel.title"));
        return searchView;
    }

    /** Opens the casebook table (cases or sources × attributes). */
    public org.tematik.ui.casebook.CasebookView openCasebook() {
        org.tematik.ui.casebook.CasebookView view = context.load(org.tematik.ui.casebook.CasebookView.class);
        context.casebookViewModel().load();
        openTool(view.root(), Messages.tr("casebook.title"));
        return view;
    }

    public MainView view() {
        return current;
    }

    private javafx.scene.Parent load() {
        current = context.load(MainView.class);
        current.setImportOpener(this::openImport);
        current.setToolOpener("agreement", this::openAgreement);
        current.setToolOpener("audit", this::openAudit);
        current.setToolOpener("search", this::openSearch);
        current.setToolOpener("casebook", this::openCasebook);
        current.setThemeSwitcher(context.settings().theme(), this::switchTheme);
        restoreDividers(current);
        current.setToolOpener("retrieve", () -> openTool(context.load(org.tematik.ui.retrieve.RetrieveView.class).root(),
                Messages.tr("retrieve.title")));
        current.setToolOpener("memos", () -> openTool(context.load(org.tematik.ui.memo.MemoListView.class).root(), Messages.tr("memo.list.title")));
        current.setToolOpener("matrix", this::openMatrix);
        current.setToolOpener("cooccurrence", this::openCooccurrence);
        current.setToolOpener("themes", this::openThemes);
        current.setToolOpener("suggest", this::openSuggest);
        org.tematik.ui.exchange.ExchangeMenu.fill(current.exchangeMenu(), context.exchangeViewModel(), context.session());
        org.tematik.ui.security.SecurityMenu.fill(current.securityMenu(), context.securityActions(), context::load, this::openTool);
        return current.root();
    }
}
