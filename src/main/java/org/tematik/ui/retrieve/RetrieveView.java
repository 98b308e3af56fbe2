package org.tematik.ui.retrieve;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SelectionMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.tematik.core.codebook.CodeNode;
import org.tematik.core.coding.Retrieval;
import org.tematik.core.i18n.Messages;

/** The retrieval window: codes on the left (several with Ctrl), passages with context on the right. */
public final class RetrieveView {
    private final RetrieveViewModel viewModel;

    @FXML
    private BorderPane root;
    @FXML
    private ListView<CodeNode> retrieveCodes;
    @FXML
    private RadioButton allButton;
    @FXML
    private ComboBox<String> sourceTypeBox;
    @FXML
    private ComboBox<String> caseBox;
    @FXML
    private ComboBox<String> coderBox;
    @FXML
    private ListView<Retrieval.Hit> hitList;
    @FXML
    private Label summaryLabel;

    public RetrieveView(RetrieveViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        retrieveCodes.setItems(viewModel.codes());
        retrieveCodes.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        retrieveCodes.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CodeNode node, boolean empty) {
                super.updateItem(node, empty);
                setText(empty || node == null ? null : "  ".repeat(node.depth()) + node.code().name());
            }
        });
        retrieveCodes.getSelectionModel().getSelectedItems().addListener((ListChangeListener<CodeNode>) change -> {
            viewModel.chosenCodes().setAll(retrieveCodes.getSelectionModel().getSelectedItems().stream()
                    .filter(java.util.Objects::nonNull).map(n -> n.code().id()).toList());
            viewModel.retrieve();
        });
        allButton.selectedProperty().bindBidirectional(viewModel.allProperty());
        viewModel.allProperty().addListener((obs, old, now) -> viewModel.retrieve());
        filter(sourceTypeBox, viewModel.sourceTypes(), viewModel.sourceTypeProperty());
        filter(caseBox, viewModel.cases(), viewModel.caseProperty());
        filter(coderBox, viewModel.coders(), viewModel.coderProperty());
        hitList.setItems(viewModel.hits());
        hitList.setCellFactory(list -> new HitCell());
        hitList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> viewModel.jump(now));
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        viewModel.refresh();
    }

    /** A filter box: "any" first, then the values; choosing one re-runs the query. */
    private void filter(ComboBox<String> box, ObservableList<String> values,
                        javafx.beans.property.ObjectProperty<String> target) {
        String any = Messages.tr("retrieve.any");
        Runnable fill = () -> {
            String keep = target.get();
            java.util.List<String> items = new java.util.ArrayList<>(values);
            items.add(0, any);
            box.getItems().setAll(items);
            box.setValue(keep == null ? any : keep);
        };
        values.addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        box.valueProperty().addListener((obs, old, now) -> {
            String value = now == null || now.equals(any) ? null : now;
            if (!java.util.Objects.equals(value, target.get())) {
                target.set(value);
                viewModel.retrieve();
            }
        });
    }

    public BorderPane root() {
        return root;
    }

    /** Source and place, codes and coders, then the passage in bold between its context. */
    private static final class HitCell extends ListCell<Retrieval.Hit> {
        @Override
        protected void updateItem(Retrieval.Hit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            Label where = new Label(Messages.tr(hit.page() > 0 ? "retrieve.where" : "retrieve.whereNoPage", hit.sourceName(),
                    hit.page(), hit.paragraph(), String.join(", ", hit.codeNames()), String.join(", ", hit.coders())));
            where.getStyleClass().add("hit-where");
            Text before = new Text("…" + hit.before().replaceAll("\\s+", " "));
            before.getStyleClass().add("hit-context");
            Text text = new Text(hit.text().replaceAll("\\s+", " "));
            text.getStyleClass().add("hit-text");
            Text after = new Text(hit.after().replaceAll("\\s+", " ") + "…");
            after.getStyleClass().add("hit-context");
            TextFlow flow = new TextFlow(before, text, after);
            flow.setPrefWidth(0); // wrap to the cell, not to the text
            flow.prefWidthProperty().bind(widthProperty().subtract(24));
            setGraphic(new VBox(2, where, flow));
        }
    }
}
