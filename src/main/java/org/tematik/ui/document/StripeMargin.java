package org.tematik.ui.document;

import java.util.List;
import java.util.function.IntFunction;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.fxmisc.richtext.InlineCssTextArea;
import org.tematik.core.coding.CodingView;
import org.tematik.core.i18n.Messages;

/**
 * The margin left of each paragraph: its number, the page starting there, and one coloured bar per
 * code that touches it. RichTextFX builds it only for paragraphs on screen, so 200 codes and
 * thousands of codings cost no more than the few paragraphs visible. Hover shows code, coder and
 * memo; a click selects the code's segment. One factory serves the document's life: margins follow
 * the gutter property themselves.
 */
final class StripeMargin implements IntFunction<Node> {
    /** Bars beyond this many in one paragraph fold into a grey "more" bar (its tooltip names them). */
    static final int MAX_BARS = 10;
    private static final double BAR_WIDTH = 4;
    private static final int QUOTE_LIMIT = 60;

    private final InlineCssTextArea area;
    private final ObservableValue<Gutter> gutter;

    StripeMargin(InlineCssTextArea area, ObservableValue<Gutter> gutter) {
        this.area = area;
        this.gutter = gutter;
    }

    @Override
    public Node apply(int paragraph) {
        HBox box = new HBox(4);
        box.getStyleClass().add("document-gutter");
        Shown shown = new Shown(box, paragraph);
        shown.show(gutter.getValue());
        // Weak, because RichTextFX drops margins as they scroll away; the margin itself holds the listener.
        ChangeListener<Gutter> onChange = (obs, old, now) -> shown.show(now);
        box.getProperties().put(Shown.class, onChange);
        gutter.addListener(new WeakChangeListener<>(onChange));
        return box;
    }

    /**
     * One paragraph's margin, rebuilt only when its page label or bars change: after a coding, most
     * paragraphs on screen keep theirs, and replacing the whole factory re-created every visible line.
     */
    private final class Shown {
        private final HBox box;
        private final int paragraph;
        private int page = -1;
        private List<Gutter.Stripe> stripes;

        Shown(HBox box, int paragraph) {
            this.box = box;
            this.paragraph = paragraph;
        }

        void show(Gutter now) {
            int newPage = now.pageStartingAt(paragraph);
            List<Gutter.Stripe> newStripes = now.stripes(paragraph);
            if (newPage == page && newStripes.equals(stripes)) {
                return;
            }
            page = newPage;
            stripes = newStripes;
            box.getChildren().setAll(numbers(), bars());
        }

        /** Text rather than Label: a Label's skin was a third of the FX thread's time laying out new lines on scroll. */
        private VBox numbers() {
            Text number = new Text(Integer.toString(paragraph + 1));
            number.getStyleClass().add("paragraph-number");
            VBox numbers = new VBox(number);
            numbers.getStyleClass().add("gutter-numbers");
            if (page > 0) {
                Text pageLabel = new Text(Messages.tr("document.page", page));
                pageLabel.getStyleClass().add("page-number");
                numbers.getChildren().add(0, pageLabel);
            }
            return numbers;
        }

        private HBox bars() {
            HBox bars = new HBox(1);
            bars.getStyleClass().add("coding-stripes");
            double width = MAX_BARS * (BAR_WIDTH + 1);
            bars.setMinWidth(width);
            bars.setPrefWidth(width);
            for (int i = 0; i < stripes.size() && i < MAX_BARS; i++) {
                boolean folded = i == MAX_BARS - 1 && stripes.size() > MAX_BARS;
                bars.getChildren().add(folded ? more(stripes.subList(i, stripes.size())) : bar(stripes.get(i)));
            }
            return bars;
        }
    }

    private Region bar(Gutter.Stripe stripe) {
        Region bar = new Region();
        bar.getStyleClass().add("coding-stripe");
        bar.setStyle("-fx-background-color: " + stripe.color() + ";");
        size(bar);
        install(bar, () -> tooltipText(stripe));
        bar.setAccessibleText(stripe.codeName());
        bar.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            area.selectRange(stripe.start16(), stripe.end16());
            area.requestFollowCaret();
            e.consume();
        });
        return bar;
    }

    private Region more(List<Gutter.Stripe> rest) {
        Region bar = new Region();
        bar.getStyleClass().addAll("coding-stripe", "coding-stripe-more");
        size(bar);
        StringBuilder text = new StringBuilder(Messages.tr("document.stripes.more", rest.size()));
        rest.forEach(s -> text.append('\n').append(s.codeName()));
        install(bar, text::toString);
        return bar;
    }

    private static void size(Region bar) {
        bar.setMinWidth(BAR_WIDTH);
        bar.setPrefWidth(BAR_WIDTH);
        bar.setMaxWidth(BAR_WIDTH);
        bar.setMaxHeight(Double.MAX_VALUE);
    }

    /** Tooltips are made on first hover: building hundreds of popups while scrolling would stall the FX thread. */
    private static void install(Region bar, java.util.function.Supplier<String> text) {
        bar.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (!bar.getProperties().containsKey(Tooltip.class)) {
                Tooltip tip = new Tooltip(text.get());
                tip.setShowDelay(Duration.millis(250));
                Tooltip.install(bar, tip);
                bar.getProperties().put(Tooltip.class, tip);
            }
        });
    }

    static String tooltipText(Gutter.Stripe stripe) {
        StringBuilder text = new StringBuilder(stripe.codeName());
        for (CodingView c : stripe.codings()) {
            text.append('\n').append(Messages.tr("document.stripe.coding", c.coding().coder(),
                    shorten(c.text())));
            if (c.memo() != null) {
                text.append('\n').append(Messages.tr("document.stripe.memo", c.memo()));
            }
        }
        return text.toString();
    }

    /** A quote short enough for a tooltip line. */
    private static String shorten(String quote) {
        String flat = quote.replaceAll("\\s+", " ").strip();
        return flat.codePointCount(0, flat.length()) <= QUOTE_LIMIT ? flat
                : flat.substring(0, flat.offsetByCodePoints(0, QUOTE_LIMIT - 1)) + "…";
    }
}
