package org.tematik.ui.security;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.tematik.core.i18n.Messages;

/** The new encrypted project dialog, bound to {@link NewEncryptedProjectViewModel}. */
public final class NewEncryptedProjectView {
    private final NewEncryptedProjectViewModel viewModel;

    @FXML
    private VBox root;
    @FXML
    private Label folderLabel;
    @FXML
    private TextField nameField;
    @FXML
    private PasswordField passphraseField;
    @FXML
    private PasswordField confirmField;
    @FXML
    private Label strengthLabel;
    @FXML
    private Label messageLabel;
    @FXML
    private Button createButton;

    public NewEncryptedProjectView(NewEncryptedProjectViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        folderLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.folderProperty().get() == null
                ? Messages.tr("security.noFolder") : viewModel.folderProperty().get().toString(), viewModel.folderProperty()));
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        passphraseField.textProperty().bindBidirectional(viewModel.passphraseProperty());
        confirmField.textProperty().bindBidirectional(viewModel.confirmationProperty());
        strengthLabel.textProperty().bind(viewModel.strengthText());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        createButton.disableProperty().bind(viewModel.canCreate().not());
    }

    public VBox root() {
        return root;
    }

    public NewEncryptedProjectViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void chooseFolder() {
        viewModel.chooseFolder();
    }

    @FXML
    private void create() {
        viewModel.create(this::close);
    }

    @FXML
    private void close() {
        ((Stage) root.getScene().getWindow()).close();
    }
}
