package org.tematik.ui.matrix;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;
import org.tematik.core.export.MatrixFiles;
import org.tematik.core.i18n.Messages;
import org.tematik.core.matrix.Cooccurrence;

/** The co-occurrence window: code × code counts on heat colours, the places behind the chosen cell. */
public final class CooccurrenceView {
    private final CooccurrenceViewModel viewModel;

    @FXML
    private BorderPane root;
    @FXML
    private ComboBox<Cooccurrence.Mode> modeBox;
    @FXML
    private Button exportButton;
    @FXML
    private TableView<Integer> table;
    @FXML
    private Label pairsTitle;
    @FXML
    private ListView<Cooccurrence.Pair> pairList;
    @FXML
    private Button showButton;
    @FXML
    private Label summary;

    public CooccurrenceView(CooccurrenceViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        root.setUserData(viewModel); // lets the headless GUI test read the state it drove
        modeBox.getItems().setAll(Cooccurrence.Mode.values());
        modeBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Cooccurrence.Mode m) {
                return m == null ? "" : CooccurrenceViewModel.label(m);
            }

            @Override
            public Cooccurrence.Mode fromString(String s) {
                return null;
            }
        });
        modeBox.valueProperty().bindBidirectional(viewModel.modeProperty());
        exportButton.disableProperty().bind(viewModel.tableProperty().isNull());
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setPlaceholder(new Label(Messages.tr("matrix.view.empty")));
        table.getSelectionModel().getSelectedCells().addListener((ListChangeListener<TablePosition>) change -> {
            if (!table.getSelectionModel().getSelectedCells().isEmpty()) {
                TablePosition<?, ?> at = table.getSelectionModel().getSelectedCells().get(0);
                if (at.getTableColumn() != null && at.getTableColumn().getUserData() instanceof Integer b) {
                    viewModel.selectCell(at.getRow(), b);
                }
            }
        });
        viewModel.tableProperty().addListener((obs, old, now) -> show(now));
        show(viewModel.tableProperty().get());
        pairList.setItems(viewModel.pairs());
        pairList.setCellFactory(list -> new PairCell());
        pairList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> viewModel.selectedPairProperty().set(now));
        pairList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                viewModel.showInSource(pairList.getSelectionModel().getSelectedItem());
            }
        });
        showButton.disableProperty().bind(viewModel.selectedPairProperty().isNull());
        pairsTitle.textProperty().bind(viewModel.pairsTitleProperty());
        summary.textProperty().bind(viewModel.summaryProperty());
    }

    public BorderPane root() {
        return root;
    }

    public CooccurrenceViewModel viewModel() {
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

    private void show(Cooccurrence co) {
        table.getColumns().clear();
        table.getItems().clear();
        if (co == null) {
            return;
        }
        TableColumn<Integer, String> code = new TableColumn<>(Messages.tr("matrix.head.code"));
        code.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(co.codes().get(c.getValue()).path()));
        code.setPrefWidth(260);
        table.getColumns().add(code);
        int max = co.max();
        for (int i = 0; i < co.codes().size(); i++) {
            int b = i;
            TableColumn<Integer, Number> column = new TableColumn<>(co.codes().get(i).path());
            column.setUserData(b);
            column.setPrefWidth(120); // long code paths would make every column as wide as its header
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(co.counts()[c.getValue()][b]));
            column.setCellFactory(tc -> new TableCell<>() {
                @Override
                protected void updateItem(Number value, boolean empty) {
                    super.updateItem(value, empty);
                    Integer a = empty || getTableRow() == null ? null : getTableRow().getItem();
                    setText(a == null || value == null ? null : value.toString());
                    setStyle(a == null ? "" : "-fx-background-color: #" + (a == b ? "E6E6E6"
                            : MatrixFiles.heatHex(max == 0 ? 0 : Math.sqrt(value.intValue() / (double) max))) + ";");
                }
            });
            table.getColumns().add(column);
        }
        for (int r = 0; r < co.codes().size(); r++) {
            table.getItems().add(r);
        }
    }

    private static final class PairCell extends ListCell<Cooccurrence.Pair> {
        @Override
        protected void updateItem(Cooccurrence.Pair p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? null : Messages.tr("cooccurrence.view.pairLine",
                    MatrixFiles.citation(p.source(), p.page(), p.paragraph()), oneLine(p.quoteA()), oneLine(p.quoteB())));
        }

        private static String oneLine(String s) {
            return s.strip().replaceAll("\\s+", " ");
        }
    }
}
