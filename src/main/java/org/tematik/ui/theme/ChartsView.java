package org.tematik.ui.theme;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.tematik.core.source.Source;

/** Code frequencies (bars), coding density along a source (a strip) and coding progress per coder (lines). */
public final class ChartsView {
    private static final double STRIP_HEIGHT = 90;
    private final ChartsViewModel viewModel;
    @FXML
    private BorderPane root;
    @FXML
    private BarChart<String, Number> frequencyChart;
    @FXML
    private ComboBox<Source> sourceBox;
    @FXML
    private VBox densityBox;
    @FXML
    private Canvas densityCanvas;
    @FXML
    private LineChart<String, Number> progressChart;

    public ChartsView(ChartsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        root.setUserData(viewModel);
        viewModel.bars().addListener((ListChangeListener<ChartsViewModel.Bar>) c -> bars());
        sourceBox.setItems(viewModel.sources());
        sourceBox.setCellFactory(l -> new SourceCell());
        sourceBox.setButtonCell(new SourceCell());
        sourceBox.valueProperty().bindBidirectional(viewModel.sourceProperty());
        viewModel.marks().addListener((ListChangeListener<ChartsViewModel.Mark>) c -> strip());
        densityBox.widthProperty().addListener((obs, old, now) -> strip());
        viewModel.progressProperty().addListener((obs, old, now) -> progress(now));
    }

    private void bars() {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        viewModel.bars().forEach(b -> series.getData().add(new XYChart.Data<>(b.code(), b.codings())));
        frequencyChart.getData().setAll(List.of(series));
        integerAxis((javafx.scene.chart.NumberAxis) frequencyChart.getYAxis(),
                viewModel.bars().stream().mapToInt(ChartsViewModel.Bar::codings).max().orElse(0));
        for (int i = 0; i < series.getData().size(); i++) {
            Node bar = series.getData().get(i).getNode();
            if (bar != null) {
                bar.setStyle("-fx-bar-fill: " + viewModel.bars().get(i).color() + ";"); // the code's own colour
            }
        }
    }

    /** Counts are whole numbers: ticks at whole steps, never 0.25. */
    static void integerAxis(javafx.scene.chart.NumberAxis axis, int max) {
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        int step = Math.max(1, (int) Math.ceil(max / 10.0));
        axis.setTickUnit(step);
        axis.setUpperBound(Math.max(step, (max / step + 1) * step));
    }

    /** One row per code, a tick wherever a coding falls along the source (left = start, right = end). */
    private void strip() {
        List<String> codes = viewModel.marks().stream().map(ChartsViewModel.Mark::code).distinct().sorted().toList();
        double width = Math.max(300, densityBox.getWidth() - 20);
        double row = Math.min(28, STRIP_HEIGHT / Math.max(1, codes.size()) + 12);
        javafx.scene.text.Font font = javafx.scene.text.Font.getDefault();
        double label = 12 + codes.stream().mapToDouble(c -> textWidth(c, font)).max().orElse(0);
        densityCanvas.setWidth(width);
        densityCanvas.setHeight(Math.max(STRIP_HEIGHT, codes.size() * row + 10));
        GraphicsContext g = densityCanvas.getGraphicsContext2D();
        g.setFont(font);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, densityCanvas.getWidth(), densityCanvas.getHeight());
        for (int r = 0; r < codes.size(); r++) {
            double y = 5 + r * row;
            g.setFill(Color.web("#EEF0F3"));
            g.fillRect(label, y, width - label - 10, row - 6);
            g.setFill(Color.web("#1F2328"));
            g.fillText(codes.get(r), 4, y + row / 2);
            for (ChartsViewModel.Mark m : viewModel.marks()) {
                if (m.code().equals(codes.get(r))) {
                    double x = label + m.from() * (width - label - 10);
                    g.setFill(Color.web(m.color()));
                    g.fillRect(x, y, Math.max(2, (m.to() - m.from()) * (width - label - 10)), row - 6);
                }
            }
        }
    }

    private static double textWidth(String s, javafx.scene.text.Font font) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    private void progress(ChartsViewModel.Progress progress) {
        progressChart.getData().clear();
        // categories set in time order: otherwise a coder who started later puts their periods after everyone's
        ((javafx.scene.chart.CategoryAxis) progressChart.getXAxis()).setCategories(
                javafx.collections.FXCollections.observableArrayList(progress.periods()));
        progress.byCoder().forEach((coder, points) -> {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(coder);
            points.forEach(p -> s.getData().add(new XYChart.Data<>(p.when(), p.total())));
            progressChart.getData().add(s);
        });
        integerAxis((javafx.scene.chart.NumberAxis) progressChart.getYAxis(), progress.byCoder().values().stream()
                .flatMap(List::stream).mapToInt(ChartsViewModel.Point::total).max().orElse(0));
    }

    @FXML
    private void exportFrequencies() {
        export(frequencyChart, "code-frequencies");
    }

    @FXML
    private void exportDensity() {
        export(densityBox, "coding-density");
    }

    @FXML
    private void exportProgress() {
        export(progressChart, "coding-progress");
    }

    private void export(Node chart, String name) {
        viewModel.choosePng(name).ifPresent(file -> {
            try {
                write(chart.snapshot(null, null), file);
                viewModel.exported(file);
            } catch (java.io.IOException e) {
                viewModel.failed(new org.tematik.core.util.UserException(e, "chart.error.write", file, e.getMessage()));
            }
        });
    }

    /** A snapshot as a PNG file (by hand: javafx-swing is not a dependency). */
    static void write(WritableImage image, Path file) throws java.io.IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try (java.io.OutputStream o = Files.newOutputStream(file)) {
            ImageIO.write(out, "png", o);
        }
    }

    public BorderPane root() {
        return root;
    }

    public ChartsViewModel viewModel() {
        return viewModel;
    }

    private static final class SourceCell extends ListCell<Source> {
        @Override
        protected void updateItem(Source s, boolean empty) {
            super.updateItem(s, empty);
            setText(empty || s == null ? null : s.name());
        }
    }
}
