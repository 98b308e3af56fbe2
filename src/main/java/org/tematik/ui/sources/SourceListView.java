package org.tematik.ui.sources;

import javafx.fxml.FXML;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import org.tematik.core.i18n.Messages;
import org.tematik.core.source.Source;

/** The list of sources on the left. Selecting one opens it in the document viewer. */
public final class SourceListView {
    private final SourceListViewModel viewModel;

    @FXML
    private ListView<Source> sourceList;
    @FXML
    private javafx.scene.control.TextField sourceFilter;

    public SourceListView(SourceListViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        sourceList.setItems(viewModel.sources());
        sourceList.setCellFactory(list -> new SourceCell(viewModel));
        sourceFilter.textProperty().bindBidirectional(viewModel.filterProperty());
        sourceList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedSourceProperty().set(now);
            }
        });
        viewModel.selectedSourceProperty().addListener((obs, old, now) -> select(now));
        select(viewModel.selectedSourceProperty().get());
    }

    private void select(Source source) {
        if (source == null) {
            sourceList.getSelectionModel().clearSelection();
            return;
        }
        sourceList.getItems().stream().filter(s -> s.id().equals(source.id())).findFirst()
                .ifPresent(s -> sourceList.getSelectionModel().select(s));
    }

    /** The name, and a thin bar showing how much of the source is coded. */
    private static final class SourceCell extends ListCell<Source> {
        private final SourceListViewModel viewModel;
        private final javafx.scene.control.Label name = new javafx.scene.control.Label();
        private final javafx.scene.control.ProgressBar progress = new javafx.scene.control.ProgressBar();
        private final javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(2, name, progress);

        SourceCell(SourceListViewModel viewModel) {
            this.viewModel = viewModel;
            progress.getStyleClass().add("coding-progress");
            progress.setMaxWidth(Double.MAX_VALUE);
            name.getStyleClass().add("source-name");
        }

        @Override
        protected void updateItem(Source source, boolean empty) {
            super.updateItem(source, empty);
            setText(null);
            if (empty || source == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            double coded = viewModel.progress(source);
            name.setText(source.name());
            progress.setProgress(coded);
            setGraphic(box);
            setTooltip(new Tooltip(Messages.tr("sources.tooltip", source.sourceType(),
                    source.method() == null ? "-" : source.method(), source.chars(), source.originalName())
                    + "\n" + Messages.tr("sources.progress", Math.round(coded * 100))));
        }
    }
}
