package org.tematik.ui.codebook;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.tematik.core.codebook.CodeNode;
import org.tematik.core.i18n.Messages;
import org.tematik.ui.common.DragFormats;

/** One code: its colour, name and number of codings. A passage dropped on it is coded with it. */
final class CodeCell extends TreeCell<CodeNode> {
    private final Circle swatch = new Circle(6);
    private final Label name = new Label();
    private final Label count = new Label();
    private final HBox box;

    CodeCell(CodebookViewModel viewModel) {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        count.getStyleClass().add("code-count");
        name.getStyleClass().add("code-name");
        box = new HBox(6, swatch, name, gap, count);
        box.getStyleClass().add("code-cell");
        // With a passage selected, a double-click codes it; the event is consumed so a theme does not also fold.
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() != null && viewModel.hasSelection()) {
                viewModel.codeSelection(getItem().code().id());
                e.consume();
            }
        });
        setOnDragDetected(e -> {
            if (getItem() != null) {
                javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
                content.put(DragFormats.CODE, getItem().code().id().toString());
                startDragAndDrop(TransferMode.MOVE).setContent(content);
                e.consume();
            }
        });
        setOnDragOver(e -> {
            if (getItem() != null && e.getDragboard().hasContent(DragFormats.SEGMENT)) {
                e.acceptTransferModes(TransferMode.LINK);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("drop-target"), true);
            } else if (getItem() != null && e.getDragboard().hasContent(DragFormats.CODE)) {
                e.acceptTransferModes(TransferMode.MOVE);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("drop-target"), true);
            }
            e.consume();
        });
        setOnDragExited(e -> pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("drop-target"), false));
        setOnDragDropped(e -> {
            if (getItem() != null && e.getDragboard().hasContent(DragFormats.CODE)) {
                // the top third of a row means "put it before this code"; lower means "under it"
                boolean before = e.getY() < getHeight() / 3;
                viewModel.moveCode(java.util.UUID.fromString((String) e.getDragboard().getContent(DragFormats.CODE)),
                        getItem().code().id(), before);
                e.setDropCompleted(true);
                e.consume();
                return;
            }
            boolean ok = getItem() != null && e.getDragboard().hasContent(DragFormats.SEGMENT);
            if (ok) {
                viewModel.codeSelection(getItem().code().id());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    @Override
    protected void updateItem(CodeNode node, boolean empty) {
        super.updateItem(node, empty);
        if (empty || node == null) {
            setGraphic(null);
            setText(null);
            setTooltip(null);
            return;
        }
        swatch.setFill(Color.web(node.code().color()));
        name.setText(node.code().name());
        count.setText(Integer.toString(node.codings()));
        setText(null);
        setGraphic(box);
        String definition = node.code().definition();
        setTooltip(new Tooltip(definition == null ? node.path() : node.path() + "\n\n" + definition));
        setAccessibleText(Messages.tr("codebook.cell.accessible", node.code().name(), node.codings()));
    }
}
