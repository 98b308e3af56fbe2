package org.tematik.ui.theme;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import org.tematik.core.i18n.Messages;
import org.tematik.core.theme.ThemeStatus;
import org.tematik.core.theme.ThemeSummary;

/** The review pane: themes with their flags on top, the chosen theme's extracts grouped below. */
public final class ReviewView {
    private final ReviewViewModel viewModel;
    @FXML
    private BorderPane root;
    @FXML
    private Spinner<Integer> thinSpinner;
    @FXML
    private RadioButton bySourceButton;
    @FXML
    private TableView<ThemeSummary> themeTable;
    @FXML
    private TableColumn<ThemeSummary, String> nameColumn;
    @FXML
    private TableColumn<ThemeSummary, String> statusColumn;
    @FXML
    private TableColumn<ThemeSummary, Number> segmentsColumn;
    @FXML
    private TableColumn<ThemeSummary, Number> sourcesColumn;
    @FXML
    private TableColumn<ThemeSummary, Number> codersColumn;
    @FXML
    private TableColumn<ThemeSummary, String> flagsColumn;
    @FXML
    private TreeView<Object> extractTree;

    public ReviewView(ReviewViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        root.setUserData(viewModel);
        thinSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 1000, viewModel.thinBelowProperty().get()));
        thinSpinner.valueProperty().addListener((obs, old, now) -> {
            viewModel.thinBelowProperty().set(now);
            themeTable.refresh();
        });
        bySourceButton.selectedProperty().bindBidirectional(viewModel.bySourceProperty());
        themeTable.setItems(viewModel.themes());
        nameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().theme().name()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                Messages.tr(ThemeStatus.parse(c.getValue().theme().status()).labelKey())));
        segmentsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().segments()));
        sourcesColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().sources()));
        codersColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().coders()));
        flagsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(viewModel.flags(c.getValue())));
        themeTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> themeTable.getSelectionModel().select(now));
        extractTree.setShowRoot(false);
        extractTree.setCellFactory(tree -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item instanceof org.tematik.core.coding.CodingView c
                        ? Messages.tr("themeReview.extract", c.codeName(), c.sourceName(), c.coding().coder(),
                        c.text().strip().replaceAll("\\s+", " "))
                        : item.toString());
            }
        });
        viewModel.groups().addListener((javafx.collections.ListChangeListener<ReviewViewModel.Group>) ch -> fill());
        extractTree.setOnMouseClicked(e -> {
            TreeItem<Object> item = extractTree.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && item != null && item.getValue() instanceof org.tematik.core.coding.CodingView c) {
                viewModel.show(c);
            }
        });
    }

    private void fill() {
        TreeItem<Object> top = new TreeItem<>();
        for (ReviewViewModel.Group g : viewModel.groups()) {
            TreeItem<Object> group = new TreeItem<>(g.title());
            group.setExpanded(true);
            g.extracts().forEach(c -> group.getChildren().add(new TreeItem<>(c)));
            top.getChildren().add(group);
        }
        extractTree.setRoot(top);
    }

    public BorderPane root() {
        return root;
    }

    public ReviewViewModel viewModel() {
        return viewModel;
    }
}
