package org.tematik.ui.importing;

import java.io.File;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The import dialog's controls, bound to {@link ImportDialogViewModel}; files can be dropped on it. */
public final class ImportDialogView {
    private final ImportDialogViewModel viewModel;

    @FXML
    private VBox root;
    @FXML
    private ListView<Path> inputList;
    @FXML
    private CheckBox recursiveBox;
    @FXML
    private ComboBox<String> sourceTypeBox;
    @FXML
    private ComboBox<String> methodBox;
    @FXML
    private ComboBox<String> caseBox;
    @FXML
    private ProgressBar progressBar;
    @FXML
    private Label progressLabel;
    @FXML
    private TableView<ImportRow> resultTable;
    @FXML
    private TableColumn<ImportRow, String> fileColumn;
    @FXML
    private TableColumn<ImportRow, String> statusColumn;
    @FXML
    private TableColumn<ImportRow, String> detailColumn;
    @FXML
    private Button importButton;
    @FXML
    private Button cancelButton;
    @FXML
    private Button addFilesButton;
    @FXML
    private Button addFolderButton;
    @FXML
    private Button removeButton;

    public ImportDialogView(ImportDialogViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        inputList.setItems(viewModel.inputs());
        recursiveBox.selectedProperty().bindBidirectional(viewModel.recursiveProperty());
        sourceTypeBox.getItems().setAll(ImportDialogViewModel.SOURCE_TYPES);
        methodBox.getItems().setAll(ImportDialogViewModel.METHODS);
        caseBox.setItems(viewModel.cases());
        sourceTypeBox.valueProperty().bindBidirectional(viewModel.sourceTypeProperty());
        methodBox.valueProperty().bindBidirectional(viewModel.methodProperty());
        caseBox.valueProperty().bindBidirectional(viewModel.caseNameProperty());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        progressLabel.textProperty().bind(viewModel.progressTextProperty());
        resultTable.setItems(viewModel.results());
        fileColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Path.of(c.getValue().file()).getFileName().toString()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().status()));
        detailColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().detail()));
        importButton.disableProperty().bind(viewModel.runningProperty().or(javafx.beans.binding.Bindings.isEmpty(viewModel.inputs())));
        cancelButton.disableProperty().bind(viewModel.runningProperty().not());
        for (Button b : new Button[] {addFilesButton, addFolderButton, removeButton}) {
            b.disableProperty().bind(viewModel.runningProperty());
        }
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && !viewModel.runningProperty().get()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                viewModel.add(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    public VBox root() {
        return root;
    }

    public ImportDialogViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void addFiles() {
        viewModel.addFiles();
    }

    @FXML
    private void addFolder() {
        viewModel.addFolder();
    }

    @FXML
    private void remove() {
        Path selected = inputList.getSelectionModel().getSelectedItem();
        if (selected != null) {
            viewModel.remove(selected);
        }
    }

    @FXML
    private void startImport() {
        viewModel.start();
    }

    @FXML
    private void cancelImport() {
        viewModel.cancel();
    }

    @FXML
    private void close() {
        viewModel.cancel();
        ((Stage) root.getScene().getWindow()).close();
    }
}
