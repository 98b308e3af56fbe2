package org.tematik.ui.matrix;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;
import org.tematik.core.export.MatrixFiles;
import org.tematik.core.i18n.Messages;
import org.tematik.core.matrix.Evidence;
import org.tematik.core.matrix.Matrix;
import org.tematik.core.matrix.MatrixSpec;

/** The matrix window: choices on top, the heat-coloured table, the chosen cell's evidence below. */
public final class MatrixView {
    private final MatrixViewModel viewModel;

    @FXML
    private BorderPane root;
    @FXML
    private ComboBox<String> columnsBox;
    @FXML
    private ComboBox<MatrixSpec.Rows> rowsBox;
    @FXML
    private ComboBox<MatrixSpec.Measure> measureBox;
    @FXML
    private Spinner<Integer> minSpinner;
    @FXML
    private Button exportButton;
    @FXML
    private TableView<Integer> table;
    @FXML
    private Label evidenceTitle;
    @FXML
    private ListView<Evidence> evidenceList;
    @FXML
    private Button showButton;
    @FXML
    private Label summary;

    public MatrixView(MatrixViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        root.setUserData(viewModel); // lets the headless GUI test read the state it drove
        columnsBox.setItems(viewModel.dimensions());
        columnsBox.setConverter(converter(MatrixViewModel::label));
        columnsBox.valueProperty().bindBidirectional(viewModel.columnsProperty());
        rowsBox.getItems().setAll(MatrixSpec.Rows.values());
        rowsBox.setConverter(converter(MatrixViewModel::label));
        rowsBox.valueProperty().bindBidirectional(viewModel.rowsProperty());
        measureBox.getItems().setAll(MatrixSpec.Measure.values());
        measureBox.setConverter(converter(MatrixViewModel::label));
        measureBox.valueProperty().bindBidirectional(viewModel.measureProperty());
        minSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 50, viewModel.minSpanProperty().get()));
        minSpinner.valueProperty().addListener((obs, old, now) -> viewModel.minSpanProperty().set(now == null ? 1 : now));
        exportButton.disableProperty().bind(viewModel.matrixProperty().isNull());
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setPlaceholder(new Label(Messages.tr("matrix.view.empty")));
        table.getSelectionModel().getSelectedCells().addListener((ListChangeListener<TablePosition>) change -> cellChosen());
        viewModel.matrixProperty().addListener((obs, old, now) -> show(now));
        show(viewModel.matrixProperty().get());
        evidenceList.setItems(viewModel.evidence());
        evidenceList.setCellFactory(list -> new EvidenceCell());
        evidenceList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> viewModel.selectedEvidenceProperty().set(now));
        evidenceList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                viewModel.showInSource(evidenceList.getSelectionModel().getSelectedItem());
            }
        });
        showButton.disableProperty().bind(viewModel.selectedEvidenceProperty().isNull());
        evidenceTitle.textProperty().bind(viewModel.evidenceTitleProperty());
        summary.textProperty().bind(viewModel.summaryProperty());
    }

    public BorderPane root() {
        return root;
    }

    public MatrixViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void export() {
        viewModel.export();
    }

    @FXML
    private void showInSource() {
        viewModel.showInSource(null);
    }

    private void cellChosen() {
        if (table.getSelectionModel().getSelectedCells().isEmpty()) {
            return;
        }
        TablePosition<?, ?> at = table.getSelectionModel().getSelectedCells().get(0);
        if (at.getTableColumn() != null && at.getTableColumn().getUserData() instanceof Integer column) {
            viewModel.selectCell(at.getRow(), column);
        }
    }

    /** One table column per matrix column, rebuilt whenever the matrix is. */
    private void show(Matrix m) {
        table.getColumns().clear();
        table.getItems().clear();
        if (m == null) {
            return;
        }
        TableColumn<Integer, String> code = new TableColumn<>(Messages.tr("matrix.head.code"));
        code.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(m.rows().get(c.getValue()).path()));
        code.setPrefWidth(260);
        table.getColumns().add(code);
        for (int i = 0; i < m.columns().size(); i++) {
            int col = i;
            TableColumn<Integer, Number> column = new TableColumn<>(m.columns().get(i).label());
            column.setUserData(col);
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(m.cell(c.getValue(), col)));
            column.setCellFactory(tc -> new HeatCell(m, col));
            table.getColumns().add(column);
        }
        TableColumn<Integer, String> span = new TableColumn<>(Messages.tr("matrix.head.span"));
        span.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(String.valueOf(m.rows().get(c.getValue()).span())));
        TableColumn<Integer, String> flag = new TableColumn<>(Messages.tr("matrix.head.triangulated"));
        flag.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(m.rows().get(c.getValue()).triangulated() ? "✔" : ""));
        table.getColumns().add(span);
        table.getColumns().add(flag);
        for (int r = 0; r < m.rows().size(); r++) {
            table.getItems().add(r);
        }
    }

    /** A count on its heat colour; the colour is data, so it is set inline (as code colours are, ADR 8). */
    private static final class HeatCell extends TableCell<Integer, Number> {
        private final Matrix matrix;
        private final int column;

        HeatCell(Matrix matrix, int column) {
            this.matrix = matrix;
            this.column = column;
            getStyleClass().add("matrix-cell");
        }

        @Override
        protected void updateItem(Number value, boolean empty) {
            super.updateItem(value, empty);
            if (empty || value == null || getTableRow() == null || getTableRow().getItem() == null) {
                setText(null);
                setStyle("");
                return;
            }
            setText(value.toString());
            setStyle("-fx-background-color: #" + MatrixFiles.heatHex(matrix.heat(getTableRow().getItem(), column)) + ";");
        }
    }

    private static final class EvidenceCell extends ListCell<Evidence> {
        @Override
        protected void updateItem(Evidence e, boolean empty) {
            super.updateItem(e, empty);
            setText(empty || e == null ? null : Messages.tr("matrix.view.evidenceLine", e.quote().strip().replaceAll("\\s+", " "),
                    MatrixFiles.citation(e), e.coder(), e.code()));
        }
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
