package org.tematik.ui.theme;

import javafx.fxml.FXML;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import org.tematik.core.coding.CodingView;
import org.tematik.core.i18n.Messages;
import org.tematik.core.theme.map.MapNode;
import org.tematik.core.theme.map.MapPainter;
import org.tematik.core.theme.map.ThematicMap;

/** The map canvas: drag nodes, draw links, double-click a node for its segments, export. */
public final class MapView {
    private final MapViewModel viewModel;
    @FXML
    private BorderPane root;
    @FXML
    private Canvas canvas;
    @FXML
    private ToggleButton linkButton;
    @FXML
    private Label hint;
    @FXML
    private Label segmentsTitle;
    @FXML
    private ListView<CodingView> segmentList;
    /** Map coordinates of the canvas's top-left corner; frozen while dragging so the drawing does not slide. */
    private double[] frame = {0, 0, 400, 200};
    private MapNode dragging;

    public MapView(MapViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        root.setUserData(viewModel);
        viewModel.mapProperty().addListener((obs, old, now) -> paint(now));
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        linkButton.selectedProperty().addListener((obs, old, now) -> viewModel.cancelLink());
        hint.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> linkButton.isSelected()
                ? (viewModel.linkFromProperty().get() == null ? Messages.tr("map.view.hintFrom")
                : Messages.tr("map.view.hintTo", viewModel.linkFromProperty().get().label()))
                : Messages.tr("map.view.hint"), linkButton.selectedProperty(), viewModel.linkFromProperty()));
        segmentsTitle.textProperty().bind(viewModel.segmentsTitleProperty());
        segmentList.setItems(viewModel.segments());
        segmentList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CodingView c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : Messages.tr("map.view.segment", c.codeName(), c.sourceName(),
                        c.text().strip().replaceAll("\\s+", " ")));
            }
        });
        segmentList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                viewModel.show(segmentList.getSelectionModel().getSelectedItem());
            }
        });
    }

    private void paint(ThematicMap map) {
        if (map == null) {
            canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            return;
        }
        if (dragging == null) {
            frame = MapPainter.bounds(map);
            canvas.setWidth(frame[2]);
            canvas.setHeight(frame[3]);
        }
        MapPainter.paint(map, new FxMapCanvas(canvas.getGraphicsContext2D()), frame);
    }

    private MapNode nodeAt(MouseEvent e) {
        ThematicMap map = viewModel.mapProperty().get();
        return map == null ? null : map.nodeAt(e.getX() + frame[0], e.getY() + frame[1]).orElse(null);
    }

    private void pressed(MouseEvent e) {
        MapNode node = nodeAt(e);
        if (node == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (e.getClickCount() == 2) {
            viewModel.open(node);
        } else if (linkButton.isSelected()) {
            viewModel.linkClick(node);
        } else {
            dragging = node;
        }
    }

    private void dragged(MouseEvent e) {
        if (dragging != null) {
            viewModel.drag(dragging, e.getX() + frame[0], e.getY() + frame[1]);
        }
    }

    private void released(MouseEvent e) {
        if (dragging != null) {
            MapNode dropped = dragging;
            boolean moved = e.isStillSincePress() == false;
            dragging = null;
            if (moved) {
                viewModel.drop(dropped);
            }
        }
    }

    @FXML
    private void autoLayout() {
        viewModel.autoLayout();
    }

    @FXML
    private void exportPng() {
        viewModel.exportPng();
    }

    @FXML
    private void exportSvg() {
        viewModel.exportSvg();
    }

    public BorderPane root() {
        return root;
    }

    public MapViewModel viewModel() {
        return viewModel;
    }

    /** The canvas, for a snapshot of the map as shown. */
    public Canvas canvas() {
        return canvas;
    }
}
