package org.tematik.ui.suggest;

import java.util.Locale;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import org.tematik.core.i18n.Messages;
import org.tematik.core.suggest.Evidence;
import org.tematik.core.suggest.RankedCode;
import org.tematik.core.suggest.SuggestionService;
import org.tematik.core.suggest.UnitSuggestions;

/** The suggestion review queue: binds the lists and forwards A / R / S to the view model. */
public final class SuggestView {
    private final SuggestViewModel viewModel;
    @FXML private BorderPane root;
    @FXML private Label sourceLabel;
    @FXML private Button refreshButton;
    @FXML private ListView<UnitSuggestions> unitList;
    @FXML private TextArea passageText;
    @FXML private ListView<RankedCode> codeList;
    @FXML private Label termsLabel;
    @FXML private ListView<Evidence> evidenceList;
    @FXML private Button acceptButton;
    @FXML private Button rejectButton;
    @FXML private Button skipButton;
    @FXML private Label statusLabel;
    private boolean syncing;

    public SuggestView(SuggestViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        sourceLabel.textProperty().bind(viewModel.sourceNameProperty());
        passageText.textProperty().bind(viewModel.passageProperty());
        termsLabel.textProperty().bind(viewModel.termsProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        unitList.setItems(viewModel.units());
        codeList.setItems(viewModel.codes());
        evidenceList.setItems(viewModel.evidence());
        unitList.setCellFactory(list -> cell(u -> Messages.tr("suggest.view.unitCell", u.start(), u.end(),
                u.codes().get(0).codeName(), SuggestionService.snippet(u.text()))));
        codeList.setCellFactory(list -> cell(c -> Messages.tr("suggest.view.codeCell", c.codeName(), score(c.score()))));
        evidenceList.setCellFactory(list -> cell(e -> Messages.tr("suggest.view.evidenceCell", e.sourceName(), e.snippet(),
                score(e.score()))));
        follow(unitList, viewModel.selectedUnitProperty());
        follow(codeList, viewModel.selectedCodeProperty());
        evidenceList.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                viewModel.openEvidence(evidenceList.getSelectionModel().getSelectedItem());
            }
        });
        acceptButton.disableProperty().bind(viewModel.selectedCodeProperty().isNull().or(viewModel.busyProperty()));
        rejectButton.disableProperty().bind(viewModel.selectedCodeProperty().isNull().or(viewModel.busyProperty()));
        skipButton.disableProperty().bind(viewModel.selectedUnitProperty().isNull());
        refreshButton.disableProperty().bind(viewModel.busyProperty());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        viewModel.load();
    }

    /** A, R and S work wherever the focus is in the window (nothing here takes typed text). */
    private void onKey(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.A) {
            viewModel.accept();
        } else if (code == KeyCode.R) {
            viewModel.reject();
        } else if (code == KeyCode.S) {
            viewModel.skip();
        } else {
            return;
        }
        e.consume();
    }

    /** Keeps a list's selection and a view-model property in step, both ways. */
    private <T> void follow(ListView<T> list, javafx.beans.property.ObjectProperty<T> property) {
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncing && now != null) {
                property.set(now);
            }
        });
        property.addListener((o, was, now) -> {
            syncing = true;
            list.getSelectionModel().select(now);
            if (now != null) {
                list.scrollTo(now);
            }
            syncing = false;
        });
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    private static String score(double score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }

    @FXML
    private void refresh() {
        viewModel.load();
    }

    @FXML
    private void accept() {
        viewModel.accept();
    }

    @FXML
    private void reject() {
        viewModel.reject();
    }

    @FXML
    private void skip() {
        viewModel.skip();
    }

    public Parent root() {
        return root;
    }

    public SuggestViewModel viewModel() {
        return viewModel;
    }
}
