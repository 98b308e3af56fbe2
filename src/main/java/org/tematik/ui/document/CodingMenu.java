package org.tematik.ui.document;

import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.fxmisc.richtext.InlineCssTextArea;
import org.tematik.core.coding.CodingView;
import org.tematik.core.i18n.Messages;

/** The highlight's context menu: for each coding under the pointer, select, remove, re-assign or memo it. */
final class CodingMenu {
    private final InlineCssTextArea area;
    private final DocumentViewModel viewModel;
    private final ContextMenu menu = new ContextMenu();

    CodingMenu(InlineCssTextArea area, DocumentViewModel viewModel) {
        this.area = area;
        this.viewModel = viewModel;
        menu.getStyleClass().add("coding-menu");
        // A right press opens it where it was pressed (not every platform sends a menu event for the
        // mouse, the headless one does not); the menu key / Shift+F10 opens it at the caret.
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                int index = area.hit(e.getX(), e.getY()).getCharacterIndex().orElse(area.getCaretPosition());
                show(index, e.getScreenX(), e.getScreenY());
                e.consume(); // keep the selection and caret where they were
            }
        });
        area.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (e.isKeyboardTrigger()) {
                area.getCaretBounds().ifPresent(b -> show(area.getCaretPosition(), b.getMaxX(), b.getMaxY()));
            }
            e.consume();
        });
    }

    private void show(int index, double screenX, double screenY) {
        menu.hide();
        menu.getItems().setAll(items(viewModel.codingsAt(index)));
        menu.show(area, screenX, screenY);
    }

    List<MenuItem> items(List<CodingView> here) {
        if (here.isEmpty()) {
            MenuItem none = new MenuItem(Messages.tr("coding.menu.none"));
            none.setDisable(true);
            return List.of(none);
        }
        return here.stream().map(this::itemsFor).map(MenuItem.class::cast).toList();
    }

    private Menu itemsFor(CodingView coding) {
        Menu sub = new Menu(Messages.tr("coding.menu.coding", coding.codeName(), coding.coding().coder()));
        sub.getStyleClass().add("coding-menu-entry");
        MenuItem select = new MenuItem(Messages.tr("coding.menu.select"));
        select.setOnAction(e -> {
            int[] range = viewModel.range16(coding);
            area.selectRange(range[0], range[1]);
        });
        MenuItem remove = new MenuItem(Messages.tr("coding.menu.remove"));
        remove.getStyleClass().add("remove-coding");
        remove.setOnAction(e -> viewModel.remove(coding));
        MenuItem reassign = new MenuItem(Messages.tr("coding.menu.reassign"));
        reassign.getStyleClass().add("reassign-coding");
        reassign.setOnAction(e -> viewModel.reassign(coding));
        MenuItem memo = new MenuItem(Messages.tr(coding.memo() == null ? "coding.menu.addMemo" : "coding.menu.editMemo"));
        memo.getStyleClass().add("coding-memo");
        memo.setOnAction(e -> viewModel.editMemo(coding));
        sub.getItems().addAll(select, remove, reassign, memo);
        return sub;
    }
}
