package org.tematik.ui.theme;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import org.tematik.core.codebook.Code;
import org.tematik.core.i18n.Messages;
import org.tematik.core.theme.ThemeStatus;
import org.tematik.core.theme.ThemeSummary;

/** The themes window: the theme list and editor, with the map, the review pane and the charts in tabs. */
public final class ThemesView {
    private final ThemesViewModel viewModel;
    @FXML
    private BorderPane root;
    @FXML
    private TabPane tabs;
    @FXML
    private ListView<ThemeSummary> themeList;
    @FXML
    private TextField nameField;
    @FXML
    private TextArea definitionArea;
    @FXML
    private Label statusLabel;
    @FXML
    private ListView<Code> codeList;
    @FXML
    private ComboBox<Code> codeBox;
    @FXML
    private TextArea memoArea;
    @FXML
    private Button saveButton;
    @FXML
    private MapView mapController;
    @FXML
    private ReviewView reviewController;
    @FXML
    private ChartsView chartsController;

    public ThemesView(ThemesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        root.setUserData(viewModel);
        themeList.setItems(viewModel.themes());
        themeList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ThemeSummary s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : Messages.tr("theme.view.row", s.theme().name(),
                        Messages.tr(ThemeStatus.parse(s.theme().status()).labelKey()), s.segments(), s.sources()));
            }
        });
        themeList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> themeList.getSelectionModel().select(now));
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        definitionArea.textProperty().bindBidirectional(viewModel.definitionProperty());
        memoArea.textProperty().bindBidirectional(viewModel.memoProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        codeList.setItems(viewModel.themeCodes());
        codeList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        codeList.setCellFactory(l -> new CodeCell());
        codeBox.setItems(viewModel.allCodes());
        codeBox.setCellFactory(l -> new CodeCell());
        codeBox.setButtonCell(new CodeCell());
        saveButton.disableProperty().bind(viewModel.selectedProperty().isNull());
    }

    /** Loads every tab's data; called when the window opens. */
    public void refresh() {
        viewModel.refresh();
        mapController.viewModel().refresh();
        reviewController.viewModel().refresh();
        chartsController.viewModel().refresh();
    }

    public void dispose() {
        viewModel.dispose();
        mapController.viewModel().dispose();
        reviewController.viewModel().dispose();
        chartsController.viewModel().dispose();
    }

    @FXML
    private void create() {
        viewModel.create();
    }

    @FXML
    private void createSub() {
        viewModel.createSubTheme();
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void promote() {
        viewModel.promote();
    }

    @FXML
    private void demote() {
        viewModel.demote();
    }

    @FXML
    private void addCode() {
        viewModel.addCode(codeBox.getValue());
    }

    @FXML
    private void removeCodes() {
        viewModel.removeCodes(java.util.List.copyOf(codeList.getSelectionModel().getSelectedItems()));
    }

    @FXML
    private void split() {
        viewModel.split(java.util.List.copyOf(codeList.getSelectionModel().getSelectedItems()));
    }

    @FXML
    private void merge() {
        viewModel.merge();
    }

    @FXML
    private void delete() {
        viewModel.delete();
    }

    public BorderPane root() {
        return root;
    }

    public TabPane tabs() {
        return tabs;
    }

    public MapView map() {
        return mapController;
    }

    public ChartsView charts() {
        return chartsController;
    }

    public ReviewView review() {
        return reviewController;
    }

    private static final class CodeCell extends ListCell<Code> {
        @Override
        protected void updateItem(Code c, boolean empty) {
            super.updateItem(c, empty);
            setText(empty || c == null ? null : c.name());
        }
    }
}
