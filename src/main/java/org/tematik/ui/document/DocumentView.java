package org.tematik.ui.document;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.fxmisc.flowless.VirtualizedScrollPane;
import javafx.scene.control.IndexRange;
import org.fxmisc.richtext.CharacterHit;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.NavigationActions;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.tematik.ui.common.DragFormats;

/**
 * The document viewer: a read-only, virtualised RichTextFX area. Coded passages are highlighted in
 * their codes' colours (user data, hence inline CSS); a passage where codes overlap gets a stronger
 * tint of the latest code's colour and an underline in the first code's colour. (With three or more,
 * the middle ones show only in tooltips and, later, the coding stripes.)
 */
public final class DocumentView {
    private static final double TINT = 0.35;
    private static final double OVERLAP_TINT = 0.55;

    private final DocumentViewModel viewModel;
    private final InlineCssTextArea area = new InlineCssTextArea();
    private boolean pressedInSelection;

    @FXML
    private StackPane documentHolder;
    @FXML
    private Label documentTitle;
    @FXML
    private Label selectionInfo;

    public DocumentView(DocumentViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        area.setId("documentArea");
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("document-area");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        keepSelectionForDragging();
        documentHolder.getChildren().add(new VirtualizedScrollPane<>(area));
        show(viewModel.textProperty().get());
        viewModel.textProperty().addListener((obs, old, now) -> show(now));
        viewModel.highlightsProperty().addListener((obs, old, now) -> paint(now));
        viewModel.revealProperty().addListener((obs, old, now) -> {
            if (now != null && now.end() <= area.getLength()) {
                area.selectRange(now.start(), now.end());
                area.requestFollowCaret();
            }
        });
        area.selectionProperty().addListener((obs, old, now) -> viewModel.select(now.getStart(), now.getEnd()));
        area.addEventFilter(MouseEvent.DRAG_DETECTED, this::startDrag);
        selectionInfo.textProperty().bind(viewModel.selectionInfoProperty());
        viewModel.select(0, 0); // a rebuilt view (new language) starts without a selection
        documentTitle.textProperty().bind(viewModel.titleProperty());
    }

    /**
     * RichTextFX only lets a press inside the selection start a drag when the text is editable; ours is
     * read-only, so a press inside the selection is handled here: the selection stays, and moving the
     * mouse drags the passage (to drop it on a code) instead of selecting anew.
     */
    private void keepSelectionForDragging() {
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
    }

    public InlineCssTextArea area() {
        return area;
    }

    private void show(String text) {
        area.replaceText(text == null ? "" : text);
        area.moveTo(0);
        area.requestFollowCaret();
        paint(viewModel.highlightsProperty().get());
    }

    private void paint(List<HighlightRuns.Run> runs) {
        int total = runs.stream().mapToInt(HighlightRuns.Run::length).sum();
        if (runs.isEmpty() || total != area.getLength()) {
            area.clearStyle(0, area.getLength());
            return; // runs belong to a text not shown yet; they are painted again when it is
        }
        StyleSpansBuilder<String> spans = new StyleSpansBuilder<>();
        for (HighlightRuns.Run run : runs) {
            spans.add(css(run.colors()), run.length());
        }
        area.setStyleSpans(0, spans.create());
    }

    static String css(List<String> colors) {
        if (colors.isEmpty()) {
            return "";
        }
        String top = colors.get(colors.size() - 1);
        if (colors.size() == 1) {
            return "-rtfx-background-color: " + rgba(top, TINT) + ";";
        }
        return "-rtfx-background-color: " + rgba(top, OVERLAP_TINT) + "; -rtfx-underline-color: " + colors.get(0)
                + "; -rtfx-underline-width: 2; -rtfx-underline-cap: butt;";
    }

    private static String rgba(String hex, double alpha) {
        Color c = Color.web(hex);
        return String.format(java.util.Locale.ROOT, "rgba(%d,%d,%d,%.2f)",
                Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255), alpha);
    }

    private void startDrag(MouseEvent event) {
        if (area.getSelection().getLength() == 0) {
            return;
        }
        Dragboard board = area.startDragAndDrop(TransferMode.LINK);
        ClipboardContent content = new ClipboardContent();
        content.put(DragFormats.SEGMENT, viewModel.dragPayload());
        content.putString(area.getSelectedText());
        board.setContent(content);
        event.consume();
    }
}
