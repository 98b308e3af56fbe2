package org.tematik.ui.document;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.model.StyleSpansBuilder;

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
        area.setParagraphGraphicFactory(new StripeMargin(area, viewModel.gutterProperty()));
        new CodingMenu(area, viewModel);
        find = new FindBar(area, findBar, findField, findCount);
        viewModel.revealProperty().addListener((obs, old, now) -> {
            if (now != null) {
                area.selectRange(now.start16(), now.end16());
                area.requestFollowCaret();
            }
        });
        new SelectionDrag(area, viewModel::dragPayload);
        documentHolder.getChildren().add(new VirtualizedScrollPane<>(area));
        show(viewModel.textProperty().get());
        viewModel.textProperty().addListener((obs, old, now) -> show(now));
        viewModel.highlightsProperty().addListener((obs, old, now) -> paint(now));
        area.selectionProperty().addListener((obs, old, now) -> viewModel.select(now.getStart(), now.getEnd()));
        selectionInfo.textProperty().bind(viewModel.selectionInfoProperty());
        viewModel.select(0, 0); // a rebuilt view (new language) starts without a selection
        documentTitle.textProperty().bind(viewModel.titleProperty());
    }


    @FXML
    private javafx.scene.layout.HBox findBar;
    @FXML
    private javafx.scene.control.TextField findField;
    @FXML
    private Label findCount;
    private FindBar find;

    /** Ctrl+F: shows the find bar, with the selected words as the phrase. */
    public void openFind() {
        find.open();
    }

    @FXML
    private void findNext() {
        find.step(true);
    }

    @FXML
    private void findPrevious() {
        find.step(false);
    }

    @FXML
    private void closeFind() {
        find.close();
    }

    @FXML
    private void editSourceMemo() {
        viewModel.editSourceMemo();
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
        int[] window = painted == null || painted.text != area.getText() ? new int[] {0, total}
                : HighlightRuns.changedWindow(painted.runs, runs);
        painted = new Painted(area.getText(), runs);
        if (window[0] >= window[1]) {
            return;
        }
        // Only the stretch that changed is restyled: restyling 300,000 characters for one new coding
        // would cost the FX thread hundreds of milliseconds.
        StyleSpansBuilder<String> spans = new StyleSpansBuilder<>();
        int at = 0;
        for (HighlightRuns.Run run : runs) {
            int from = Math.max(at, window[0]);
            int to = Math.min(at + run.length(), window[1]);
            if (from < to) {
                spans.add(css(run.colors()), to - from);
            }
            at += run.length();
        }
        area.setStyleSpans(window[0], spans.create());
    }

    /** What the area shows now (the very text object, so a new source is always painted in full). */
    private record Painted(String text, List<HighlightRuns.Run> runs) {
    }

    private Painted painted;

    /**
     * Style per set of colours, kept: a repaint after each coding restyles hundreds of runs that share a few
     * colour sets, and building the string (colour parsing, formatting) was the FX thread's top frame in a profile.
     */
    private static final java.util.Map<List<String>, String> CSS = new java.util.concurrent.ConcurrentHashMap<>();

    static String css(List<String> runColors) {
        if (runColors.isEmpty()) {
            return "";
        }
        return CSS.computeIfAbsent(List.copyOf(runColors), DocumentView::styleOf);
    }

    private static String styleOf(List<String> runColors) {
        String emphasis = (runColors.contains(HighlightRuns.HEADING) ? "-fx-font-weight: bold; -fx-font-size: 17px;" : "")
                + (runColors.contains(HighlightRuns.SPEAKER) ? "-fx-font-weight: bold;" : "");
        List<String> colors = runColors.stream().filter(c -> !c.startsWith("@")).toList();
        if (colors.isEmpty()) {
            return emphasis;
        }
        String top = colors.get(colors.size() - 1);
        if (colors.size() == 1) {
            return "-rtfx-background-color: " + rgba(top, TINT) + ";" + emphasis;
        }
        return "-rtfx-background-color: " + rgba(top, OVERLAP_TINT) + "; -rtfx-underline-color: " + colors.get(0)
                + "; -rtfx-underline-width: 2; -rtfx-underline-cap: butt;" + emphasis;
    }

    private static String rgba(String hex, double alpha) {
        Color c = Color.web(hex);
        return String.format(java.util.Locale.ROOT, "rgba(%d,%d,%d,%.2f)",
                Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255), alpha);
    }

}
