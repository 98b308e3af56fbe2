package org.tematik.ui.anonymise;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.tematik.core.i18n.Messages;

/** The anonymisation dialog's controls, bound to {@link AnonymiseViewModel}. */
public final class AnonymiseView {
    private final AnonymiseViewModel viewModel;

    @FXML
    private VBox root;
    @FXML
    private Label tableLabel;
    @FXML
    private CheckBox ignoreCaseBox;
    @FXML
    private CheckBox onlySelectedBox;
    @FXML
    private TableView<AnonymiseViewModel.Row> previewTable;
    @FXML
    private TableColumn<AnonymiseViewModel.Row, String> sourceColumn;
    @FXML
    private TableColumn<AnonymiseViewModel.Row, String> originalColumn;
    @FXML
    private TableColumn<AnonymiseViewModel.Row, String> pseudonymColumn;
    @FXML
    private TableColumn<AnonymiseViewModel.Row, Number> countColumn;
    @FXML
    private Label summaryLabel;
    @FXML
    private Button applyButton;
    @FXML
    private Button chooseButton;

    public AnonymiseView(AnonymiseViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        tableLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.tableProperty().get() == null
                ? Messages.tr("anonymise.ui.noTable") : viewModel.tableProperty().get().getFileName().toString(), viewModel.tableProperty()));
        ignoreCaseBox.selectedProperty().bindBidirectional(viewModel.ignoreCaseProperty());
        onlySelectedBox.selectedProperty().bindBidirectional(viewModel.onlySelectedProperty());
        previewTable.setItems(viewModel.rows());
        sourceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().source()));
        originalColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().original()));
        pseudonymColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().pseudonym()));
        countColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().count()));
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        applyButton.disableProperty().bind(viewModel.canApplyProperty().not().or(viewModel.busyProperty()));
        chooseButton.disableProperty().bind(viewModel.busyProperty());
    }

    public VBox root() {
        return root;
    }

    public AnonymiseViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void chooseTable() {
        viewModel.chooseTable();
    }

    @FXML
    private void apply() {
        viewModel.apply();
    }

    @FXML
    private void close() {
        ((Stage) root.getScene().getWindow()).close();
    }
}
