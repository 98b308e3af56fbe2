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

    public SourceListView(SourceListViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        sourceList.setItems(viewModel.sources());
        sourceList.setCellFactory(list -> new SourceCell());
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

    private static final class SourceCell extends ListCell<Source> {
        @Override
        protected void updateItem(Source source, boolean empty) {
            super.updateItem(source, empty);
            if (empty || source == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(source.name());
            setTooltip(new Tooltip(Messages.tr("sources.tooltip", source.sourceType(),
                    source.method() == null ? "-" : source.method(), source.chars(), source.originalName())));
        }
    }
}
