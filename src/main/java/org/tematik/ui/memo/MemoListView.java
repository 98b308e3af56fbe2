package org.tematik.ui.memo;

import javafx.fxml.FXML;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;

/** The memo list: every memo with what it is on; the selected one is edited in place. */
public final class MemoListView {
    private final MemoListViewModel viewModel;

    @FXML
    private BorderPane root;
    @FXML
    private ListView<MemoListViewModel.Row> memoList;
    @FXML
    private TextArea memoBody;

    public MemoListView(MemoListViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        memoList.setItems(viewModel.rows());
        memoList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(MemoListViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.target() + "\n" + firstLine(row.memo().body()));
            }
        });
        memoList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> viewModel.selectedProperty().set(now));
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now != memoList.getSelectionModel().getSelectedItem()) {
                memoList.getSelectionModel().select(now);
            }
        });
        memoBody.textProperty().bindBidirectional(viewModel.bodyProperty());
        memoBody.disableProperty().bind(viewModel.selectedProperty().isNull());
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() > 80 ? line.substring(0, 79) + "…" : line;
    }

    public BorderPane root() {
        return root;
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void newProjectMemo() {
        viewModel.newProjectMemo();
    }
}
