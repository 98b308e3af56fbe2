package org.tematik.ui.casebook;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;
import org.tematik.core.casebook.Attribute;
import org.tematik.core.casebook.AttributeService;
import org.tematik.core.i18n.Messages;

/** The casebook table: rebuilds its columns from the attributes and forwards edits to the ViewModel. */
public final class CasebookView {
    private final CasebookViewModel viewModel;

    @FXML
    private BorderPane root;
    @FXML
    private ChoiceBox<String> kindChoice;
    @FXML
    private TableView<AttributeService.TableRow> table;

    public CasebookView(CasebookViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        kindChoice.getItems().setAll(Attribute.ON_CASE, Attribute.ON_SOURCE);
        kindChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(String kind) {
                return Messages.tr(Attribute.ON_SOURCE.equals(kind) ? "casebook.kind.sources" : "casebook.kind.cases");
            }

            @Override
            public String fromString(String text) {
                throw new UnsupportedOperationException("chosen, not typed");
            }
        });
        kindChoice.valueProperty().bindBidirectional(viewModel.ownerKindProperty());
        table.setEditable(true);
        table.setItems(viewModel.rows());
        viewModel.columns().addListener((ListChangeListener<Attribute>) change -> rebuildColumns());
        rebuildColumns();
    }

    private void rebuildColumns() {
        table.getColumns().clear();
        TableColumn<AttributeService.TableRow, String> owner = new TableColumn<>(Messages.tr("casebook.column.name"));
        owner.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().owner()));
        owner.setPrefWidth(220);
        table.getColumns().add(owner);
        for (Attribute a : viewModel.columns()) {
            TableColumn<AttributeService.TableRow, String> column = new TableColumn<>(a.name());
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().values().getOrDefault(a.name(), "")));
            column.setCellFactory(TextFieldTableCell.forTableColumn());
            column.setOnEditCommit(e -> viewModel.edit(e.getRowValue(), a, e.getNewValue()));
            column.setPrefWidth(140);
            table.getColumns().add(column);
        }
    }

    public BorderPane root() {
        return root;
    }

    @FXML
    private void addCase() {
        viewModel.addCase();
    }

    @FXML
    private void importTable() {
        viewModel.importTable();
    }

    @FXML
    private void exportTable() {
        viewModel.exportTable();
    }
}
