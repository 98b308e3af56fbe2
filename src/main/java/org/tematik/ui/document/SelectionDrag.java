package org.tematik.ui.document;

import java.util.function.Supplier;
import javafx.scene.control.IndexRange;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import org.fxmisc.richtext.CharacterHit;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.NavigationActions;
import org.tematik.ui.common.DragFormats;

/**
 * Dragging the selected passage onto a code. RichTextFX only lets a press inside the selection start a
 * drag when the text is editable; ours is read-only, so a press inside the selection is handled here:
 * the selection stays, and moving the mouse drags the passage instead of selecting anew.
 */
final class SelectionDrag {
    private final InlineCssTextArea area;
    private final Supplier<String> payload;
    private boolean pressedInSelection;

    SelectionDrag(InlineCssTextArea area, Supplier<String> payload) {
        this.area = area;
        this.payload = payload;
        area.setOnOutsideSelectionMousePressed(e -> {
            CharacterHit hit = area.hit(e.getX(), e.getY());
            IndexRange selection = area.getSelection();
            int index = hit.getCharacterIndex().orElse(-1);
            pressedInSelection = selection.getLength() > 0 && index >= selection.getStart() && index < selection.getEnd();
            if (!pressedInSelection) {
                area.moveTo(hit.getInsertionIndex(), NavigationActions.SelectionPolicy.CLEAR);
            }
        });
        area.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (pressedInSelection) {
                e.consume();
            }
        });
        area.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> pressedInSelection = false);
        area.addEventFilter(MouseEvent.DRAG_DETECTED, this::startDrag);
    }

    private void startDrag(MouseEvent event) {
        if (area.getSelection().getLength() == 0) {
            return;
        }
        Dragboard board = area.startDragAndDrop(TransferMode.LINK);
        ClipboardContent content = new ClipboardContent();
        content.put(DragFormats.SEGMENT, payload.get());
        content.putString(area.getSelectedText());
        board.setContent(content);
        event.consume();
    }
}
