package org.tematik.ui.agreement;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;
import org.tematik.core.agreement.AgreementReport;
import org.tematik.core.agreement.DisagreementComment;
import org.tematik.core.agreement.Unit;
import org.tematik.core.i18n.Messages;

/** The agreement window's controls, bound to {@link AgreementViewModel}. */
public final class AgreementView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private final AgreementViewModel viewModel;
    private boolean showingChosen;

    @FXML private BorderPane root;
    @FXML private ListView<String> coderList;
    @FXML private ComboBox<Unit> unitBox;
    @FXML private javafx.scene.control.CheckBox withoutSuggestionsBox;
    @FXML private Button compareButton;
    @FXML private Label summaryLabel;
    @FXML private TableView<AgreementReport.Row> figuresTable;
    @FXML private TableColumn<AgreementReport.Row, String> codeColumn;
    @FXML private TableColumn<AgreementReport.Row, String> unitsColumn;
    @FXML private TableColumn<AgreementReport.Row, String> percentColumn;
    @FXML private TableColumn<AgreementReport.Row, String> kappaColumn;
    @FXML private TableColumn<AgreementReport.Row, String> alphaColumn;
    @FXML private TableColumn<AgreementReport.Row, String> alphaUColumn;
    @FXML private Label methodLabel;
    @FXML private TableView<AgreementReport.DataRow> disagreementTable;
    @FXML private TableColumn<AgreementReport.DataRow, String> dCodeColumn;
    @FXML private TableColumn<AgreementReport.DataRow, String> dSourceColumn;
    @FXML private TableColumn<AgreementReport.DataRow, String> dUnitColumn;
    @FXML private TableColumn<AgreementReport.DataRow, String> dCodersColumn;
    @FXML private TextArea passageText;
    @FXML private ListView<String> versionList;
    @FXML private ComboBox<String> adoptBox;
    @FXML private Button adoptButton;
    @FXML private Button jumpButton;
    @FXML private ListView<DisagreementComment> commentList;
    @FXML private TextArea commentDraft;
    @FXML private Button commentButton;

    public AgreementView(AgreementViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        coderList.setItems(viewModel.coders());
        coderList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        showChosenCoders();
        viewModel.coders().addListener((ListChangeListener<String>) change -> showChosenCoders());
        coderList.getSelectionModel().getSelectedItems().addListener((ListChangeListener<String>) change -> {
            if (!showingChosen) {
                viewModel.chosenCoders().setAll(coderList.getSelectionModel().getSelectedItems());
            }
        });
        unitBox.getItems().setAll(Unit.values());
        unitBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Unit unit) {
                return unit == null ? "" : Messages.tr(unit.messageKey());
            }

            @Override
            public Unit fromString(String text) {
                return null;
            }
        });
        unitBox.valueProperty().bindBidirectional(viewModel.unitProperty());
        withoutSuggestionsBox.selectedProperty().bindBidirectional(viewModel.withoutSuggestionsProperty());
        compareButton.disableProperty().bind(viewModel.runningProperty().or(Bindings.size(viewModel.chosenCoders()).lessThan(2)));
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        bindFigures();
        bindDisagreements();
    }

    /** Selects the ViewModel's chosen coders in the list without echoing each step back to it. */
    private void showChosenCoders() {
        showingChosen = true;
        coderList.getSelectionModel().clearSelection();
        java.util.List.copyOf(viewModel.chosenCoders()).forEach(c -> coderList.getSelectionModel().select(c));
        showingChosen = false;
    }

    private void bindFigures() {
        figuresTable.setItems(viewModel.rows());
        codeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(AgreementViewModel.codeLabel(c.getValue())));
        unitsColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Long.toString(c.getValue().units())));
        percentColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                AgreementViewModel.percent(c.getValue().percentAgreement())));
        kappaColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                AgreementViewModel.figure(c.getValue().kappa(), c.getValue().kappaInterval())));
        alphaColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                AgreementViewModel.figure(c.getValue().alpha(), c.getValue().alphaInterval())));
        alphaUColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(AgreementViewModel.figure(c.getValue().unitizedAlpha(), null)));
        methodLabel.textProperty().bind(viewModel.methodProperty());
    }

    private void bindDisagreements() {
        disagreementTable.setItems(viewModel.disagreements());
        dCodeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().code()));
        dSourceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().source()));
        dUnitColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Integer.toString(c.getValue().unit())));
        dCodersColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.verdicts(c.getValue())));
        disagreementTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> viewModel.selectedProperty().set(now));
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (disagreementTable.getSelectionModel().getSelectedItem() != now) {
                disagreementTable.getSelectionModel().select(now);
            }
        });
        passageText.textProperty().bind(viewModel.passageProperty());
        versionList.setItems(viewModel.versions());
        adoptBox.setItems(viewModel.chosenCoders());
        adoptBox.valueProperty().bindBidirectional(viewModel.adoptFromProperty());
        commentList.setItems(viewModel.comments());
        commentList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(DisagreementComment c, boolean empty) {
                super.updateItem(c, empty);
                setWrapText(true);
                setText(empty || c == null ? null : c.coder() + " · " + WHEN.format(c.createdAt()) + "\n" + c.body());
            }
        });
        commentDraft.textProperty().bindBidirectional(viewModel.commentDraftProperty());
        var none = viewModel.selectedProperty().isNull();
        adoptButton.disableProperty().bind(none.or(viewModel.runningProperty()));
        jumpButton.disableProperty().bind(none);
        commentButton.disableProperty().bind(none.or(viewModel.commentDraftProperty().isEmpty()));
    }

    public BorderPane root() {
        return root;
    }

    public AgreementViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void compare() {
        viewModel.compare();
    }

    @FXML
    private void adopt() {
        viewModel.adopt();
    }

    @FXML
    private void jump() {
        viewModel.jumpToPassage();
    }

    @FXML
    private void addComment() {
        viewModel.addComment();
    }
}
