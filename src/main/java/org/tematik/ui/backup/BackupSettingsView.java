package org.tematik.ui.backup;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The backup settings dialog, bound to {@link BackupSettingsViewModel}. */
public final class BackupSettingsView {
    private final BackupSettingsViewModel viewModel;

    @FXML
    private VBox root;
    @FXML
    private Spinner<Integer> everySpinner;
    @FXML
    private Spinner<Integer> keepSpinner;
    @FXML
    private Label messageLabel;

    public BackupSettingsView(BackupSettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        everySpinner.setValueFactory(new IntegerSpinnerValueFactory(1, 24 * 60, viewModel.everyMinutesProperty().get(), 5));
        keepSpinner.setValueFactory(new IntegerSpinnerValueFactory(1, 1000, viewModel.keepProperty().get()));
        everySpinner.valueProperty().addListener((obs, old, now) -> viewModel.everyMinutesProperty().set(now));
        keepSpinner.valueProperty().addListener((obs, old, now) -> viewModel.keepProperty().set(now));
        messageLabel.textProperty().bind(viewModel.messageProperty());
    }

    public VBox root() {
        return root;
    }

    public BackupSettingsViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void save() {
        if (viewModel.save()) {
            close();
        }
    }

    @FXML
    private void close() {
        ((Stage) root.getScene().getWindow()).close();
    }
}
