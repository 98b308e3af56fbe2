package org.tematik.ui.audit;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import org.tematik.core.audit.CoderActivity;

/** The audit viewer window's controls, bound to {@link AuditViewModel}. */
public final class AuditView {
    private final AuditViewModel viewModel;

    @FXML
    private BorderPane root;
    @FXML
    private ComboBox<Choice> coderBox;
    @FXML
    private ComboBox<Choice> actionBox;
    @FXML
    private ComboBox<Choice> codeBox;
    @FXML
    private ComboBox<Choice> sourceBox;
    @FXML
    private DatePicker fromPicker;
    @FXML
    private DatePicker toPicker;
    @FXML
    private TextField searchField;
    @FXML
    private TableView<AuditRow> eventTable;
    @FXML
    private TableColumn<AuditRow, String> seqColumn;
    @FXML
    private TableColumn<AuditRow, String> timeColumn;
    @FXML
    private TableColumn<AuditRow, String> coderColumn;
    @FXML
    private TableColumn<AuditRow, String> actionColumn;
    @FXML
    private TableColumn<AuditRow, String> descriptionColumn;
    @FXML
    private javafx.scene.control.Tab activityTab;
    @FXML
    private TableView<CoderActivity.Day> activityTable;
    @FXML
    private TableColumn<CoderActivity.Day, String> dayColumn;
    @FXML
    private TableColumn<CoderActivity.Day, String> activityCoderColumn;
    @FXML
    private TableColumn<CoderActivity.Day, String> addedColumn;
    @FXML
    private TableColumn<CoderActivity.Day, String> removedColumn;
    @FXML
    private TableColumn<CoderActivity.Day, String> sourcesColumn;
    @FXML
    private TableColumn<CoderActivity.Day, String> otherColumn;
    @FXML
    private TextArea detailArea;
    @FXML
    private Button jumpButton;
    @FXML
    private Button verifyButton;
    @FXML
    private Label verificationLabel;
    @FXML
    private Label countLabel;

    public AuditView(AuditViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        bind(coderBox, viewModel.coders(), viewModel.coderProperty());
        bind(actionBox, viewModel.actions(), viewModel.actionProperty());
        bind(codeBox, viewModel.codes(), viewModel.codeProperty());
        bind(sourceBox, viewModel.sources(), viewModel.sourceProperty());
        fromPicker.valueProperty().bindBidirectional(viewModel.fromProperty());
        toPicker.valueProperty().bindBidirectional(viewModel.toProperty());
        searchField.textProperty().bindBidirectional(viewModel.textProperty());
        eventTable.itemsProperty().bind(viewModel.rowsProperty());
        // a fixed row height lets the table's virtual flow size itself without measuring 100,000 rows
        eventTable.setFixedCellSize(24);
        column(seqColumn, r -> Long.toString(r.seq()));
        column(timeColumn, AuditRow::time);
        column(coderColumn, AuditRow::coder);
        column(actionColumn, AuditRow::action);
        column(descriptionColumn, AuditRow::description);
        activityTable.setItems(viewModel.activity());
        dayCells(dayColumn, d -> d.day().toString());
        dayCells(activityCoderColumn, CoderActivity.Day::coder);
        dayCells(addedColumn, d -> Integer.toString(d.codingsAdded()));
        dayCells(removedColumn, d -> Integer.toString(d.codingsRemoved()));
        dayCells(sourcesColumn, d -> Integer.toString(d.sourcesTouched()));
        dayCells(otherColumn, d -> Integer.toString(d.otherChanges()));
        viewModel.activityShownProperty().bind(activityTab.selectedProperty());
        eventTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> viewModel.selectedProperty().set(row));
        detailArea.textProperty().bind(viewModel.detailProperty());
        jumpButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        verificationLabel.textProperty().bind(viewModel.verificationProperty());
        countLabel.textProperty().bind(viewModel.countProperty());
        viewModel.scrollToProperty().addListener((obs, old, at) -> {
            if (at.intValue() >= 0) {
                eventTable.scrollTo(at.intValue());
                eventTable.getSelectionModel().select(at.intValue());
            }
        });
    }

    private static void bind(ComboBox<Choice> box, javafx.collections.ObservableList<Choice> items,
                             javafx.beans.property.ObjectProperty<Choice> value) {
        box.setItems(items);
        box.valueProperty().bindBidirectional(value);
    }

    private static void column(TableColumn<AuditRow, String> column, Function<AuditRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setSortable(false); // the trail has one order: seq
    }

    private static void dayCells(TableColumn<CoderActivity.Day, String> column, Function<CoderActivity.Day, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    public BorderPane root() {
        return root;
    }

    public AuditViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void verify() {
        viewModel.verify();
    }

    @FXML
    private void showInProject() {
        viewModel.showInProject();
    }
}
