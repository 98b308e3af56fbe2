package org.tematik.ui.document;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.fxmisc.richtext.InlineCssTextArea;
import org.tematik.core.i18n.Messages;

/** Find in the document: typing finds from the selection on, Enter / Shift+Enter step, Esc closes. */
final class FindBar {
    private final InlineCssTextArea area;
    private final HBox bar;
    private final TextField field;
    private final Label count;
    private final DocumentSearch search = new DocumentSearch();

    FindBar(InlineCssTextArea area, HBox bar, TextField field, Label count) {
        this.area = area;
        this.bar = bar;
        this.field = field;
        this.count = count;
        field.textProperty().addListener((obs, old, now) -> {
            search.find(area.getText(), now, area.getSelection().getStart());
            show();
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                step(!e.isShiftDown());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
            }
        });
        area.textProperty().addListener((obs, old, now) -> search.find(now, "", 0)); // another source: start afresh
    }

    void open() {
        bar.setVisible(true);
        bar.setManaged(true);
        String selected = area.getSelectedText();
        if (!selected.isBlank() && !selected.contains("\n")) {
            field.setText(selected);
        }
        field.requestFocus();
        field.selectAll();
    }

    void step(boolean forward) {
        if (search.count() == 0) {
            search.find(area.getText(), field.getText(), area.getSelection().getEnd());
        } else {
            search.step(forward);
        }
        show();
    }

    void close() {
        bar.setVisible(false);
        bar.setManaged(false);
        area.requestFocus();
    }

    private void show() {
        int[] match = search.current();
        count.setText(field.getText().isBlank() ? "" : Messages.tr("find.count", search.position(), search.count()));
        if (match != null) {
            area.selectRange(match[0], match[1]);
            area.requestFollowCaret();
        }
    }
}
