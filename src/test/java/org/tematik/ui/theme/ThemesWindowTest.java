package org.tematik.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.core.theme.MapLink;
import org.tematik.core.theme.map.MapNode;
import org.tematik.core.theme.map.MapPainter;
import org.tematik.core.theme.map.ThematicMap;
import org.tematik.ui.AppContext;
import org.tematik.ui.FakeDialogService;
import org.tematik.ui.Gui;
import org.tematik.ui.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The themes window headless on the sample project: build a map, drag, open a node's segments, export, charts. */
@ExtendWith(ApplicationExtension.class)
class ThemesWindowTest {
    private static Path home;
    private final FakeDialogService dialogs = new FakeDialogService();
    private AppContext context;
    private Stage main;
    @TempDir
    Path out;

    @BeforeAll
    static void dataFolder() throws Exception {
        home = Gui.useTempHome("tematik-themes-gui");
    }

    @AfterAll
    static void restore() {
        Gui.restoreHome();
    }

    @Start
    void start(Stage stage) {
        main = stage;
        context = Gui.openMainWindow(stage, home, dialogs);
    }

    @AfterEach
    void closeProject(FxRobot robot) {
        robot.interact(() -> {
            context.session().setProject(null);
            // close the themes windows: left open they would sit over the next test's main window
            new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream()
                    .filter(w -> w instanceof Stage && w != main).forEach(w -> ((Stage) w).close());
        });
    }

    @Test
    void buildAMapDragANodeOpenItsSegmentsExportAndChart(FxRobot robot) throws Exception {
        Gui.waitUntil(() -> context.session().project() != null);
        Project p = context.session().project();
        robot.clickOn("Analyse").clickOn("Themes and thematic map…");
        TabPane tabs = robot.lookup("#themeTabs").queryAs(TabPane.class);
        Scene scene = tabs.getScene();
        var capacity = p.themes().add("Capacity gaps", List.of("Institutional capacity", "Inter-agency integration"),
                "Agencies lack the means to carry the cooperation", null);
        p.themes().add("Money and people", List.of("Budget and human resources"), null, capacity.id());
        var centre = p.themes().add("Steering from the centre", List.of("Central coordination", "Legal ambiguity"), null, null);
        p.themes().add("Relationship work", List.of("Partner dynamics", "Leadership change"), null, null);
        p.themes().addLink(MapLink.THEME, centre.id(), MapLink.THEME, capacity.id(), "influences", "slow approvals");
        ListView<?> themeList = robot.lookup("#themeList").queryAs(ListView.class);
        Gui.waitUntil(() -> themeList.getItems().size() == 4);
        robot.interact(() -> Screenshots.save(scene, "themes-editor-en"));

        robot.interact(() -> tabs.getSelectionModel().select(1));
        MapViewModel map = (MapViewModel) scene.lookup(".theme-map").getUserData();
        Gui.waitUntil(() -> map.mapProperty().get() != null && map.mapProperty().get().nodes().size() == 4 + 7);
        Canvas canvas = robot.lookup("#mapCanvas").queryAs(Canvas.class);
        Gui.waitUntil(() -> !map.mapProperty().get().edges().stream().filter(e -> e.drawn()).toList().isEmpty());
        robot.interact(() -> Screenshots.save(scene, "themes-map-en"));

        ThematicMap before = map.mapProperty().get();
        MapNode node = before.nodes().stream().filter(n -> n.label().equals("Relationship work")).findFirst().orElseThrow();
        // mouse events fired at the canvas: Monocle's robot drag leaves its drag-and-drop state broken for later tests
        double[] frame = MapPainter.bounds(before);
        double x = node.x() - frame[0];
        double y = node.y() - frame[1];
        robot.interact(() -> {
            canvas.fireEvent(mouse(canvas, javafx.scene.input.MouseEvent.MOUSE_PRESSED, x, y, true));
            canvas.fireEvent(mouse(canvas, javafx.scene.input.MouseEvent.MOUSE_DRAGGED, x + 30, y + 20, false));
            canvas.fireEvent(mouse(canvas, javafx.scene.input.MouseEvent.MOUSE_DRAGGED, x + 60, y + 40, false));
            canvas.fireEvent(mouse(canvas, javafx.scene.input.MouseEvent.MOUSE_RELEASED, x + 60, y + 40, false));
        });
        Gui.waitUntil(() -> !p.themes().positions().isEmpty());
        MapNode moved = map.mapProperty().get().byKey().get(node.key());
        assertThat(moved.pinned()).isTrue();
        assertThat(moved.x()).isNotEqualTo(node.x());

        MapNode code = map.mapProperty().get().nodes().stream().filter(n -> n.label().equals("Central coordination")).findFirst()
                .orElseThrow();
        double[] now = MapPainter.bounds(map.mapProperty().get());
        robot.interact(() -> canvas.fireEvent(mouse(canvas, javafx.scene.input.MouseEvent.MOUSE_PRESSED, code.x() - now[0],
                code.y() - now[1], true, 2)));
        Gui.waitUntil(() -> !map.segments().isEmpty());
        assertThat(map.segments()).allSatisfy(c -> assertThat(c.codeName()).isEqualTo("Central coordination"));
        var first = map.segments().get(0);
        ListView<?> segments = robot.lookup("#mapSegments").queryAs(ListView.class);
        robot.interact(() -> segments.getSelectionModel().select(0));
        robot.doubleClickOn(segments.lookup(".list-cell"));
        Gui.waitUntil(() -> context.session().selectedSourceProperty().get() != null
                && context.session().selectedSourceProperty().get().id().equals(first.coding().sourceId()));

        Path png = out.resolve("map.png");
        dialogs.saveFiles.add(png);
        robot.clickOn("#mapExportPng");
        Gui.waitUntil(() -> Files.exists(png) && Files.size(png) > 0);
        BufferedImage image = ImageIO.read(png.toFile());
        double[] b = MapPainter.bounds(map.mapProperty().get());
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(b[2] * 2));
        Path svg = out.resolve("map.svg");
        dialogs.saveFiles.add(svg);
        robot.clickOn("#mapExportSvg");
        Gui.waitUntil(() -> Files.exists(svg) && Files.readString(svg).contains(">Capacity gaps</text>"));

        robot.interact(() -> tabs.getSelectionModel().select(2));
        var review = (ReviewViewModel) scene.lookup(".theme-review").getUserData();
        Gui.waitUntil(() -> review.themes().size() == 4 && !review.groups().isEmpty());
        robot.interact(() -> Screenshots.save(scene, "themes-review-en"));

        robot.interact(() -> tabs.getSelectionModel().select(3));
        TabPane charts = robot.lookup("#chartTabs").queryAs(TabPane.class);
        javafx.scene.chart.BarChart<?, ?> bars = robot.lookup("#frequencyChart").queryAs(javafx.scene.chart.BarChart.class);
        Gui.waitUntil(() -> !bars.getData().isEmpty() && bars.getData().get(0).getData().size() == p.codebook().tree().size());
        robot.interact(() -> Screenshots.save(scene, "chart-frequencies-en"));
        Path chartPng = out.resolve("frequencies.png");
        dialogs.saveFiles.add(chartPng);
        robot.clickOn("#chartExportFrequencies");
        Gui.waitUntil(() -> Files.exists(chartPng) && ImageIO.read(chartPng.toFile()) != null);
        robot.interact(() -> charts.getSelectionModel().select(1));
        Gui.waitUntil(() -> robot.lookup("#densityCanvas").queryAs(Canvas.class).getHeight() > 0);
        robot.interact(() -> Screenshots.save(scene, "chart-density-en"));
        robot.interact(() -> charts.getSelectionModel().select(2));
        javafx.scene.chart.LineChart<?, ?> lines = robot.lookup("#progressChart").queryAs(javafx.scene.chart.LineChart.class);
        Gui.waitUntil(() -> !lines.getData().isEmpty());
        robot.interact(() -> Screenshots.save(scene, "chart-progress-en"));
        assertThat(dialogs.errors).isEmpty();
        assertThat(p.audit().verify().isIntact()).isTrue();

        // the same window in Indonesian, from the rebuilt menu, for the screenshots
        robot.interact(() -> context.mainViewModel().switchLanguage(Messages.INDONESIAN));
        robot.clickOn("Analisis").clickOn("Tema dan peta tematik…");
        TabPane tabsId = robot.lookup("#themeTabs").match(n -> n != tabs).queryAs(TabPane.class);
        Scene sceneId = tabsId.getScene();
        robot.interact(() -> tabsId.getSelectionModel().select(1));
        Gui.waitUntil(() -> ((Canvas) sceneId.lookup("#mapCanvas")).getWidth() > 400);
        robot.interact(() -> Screenshots.save(sceneId, "themes-map-id"));
        robot.interact(() -> tabsId.getSelectionModel().select(2));
        robot.interact(() -> Screenshots.save(sceneId, "themes-review-id"));
        robot.interact(() -> tabsId.getSelectionModel().select(3));
        TabPane chartsId = (TabPane) sceneId.lookup("#chartTabs");
        for (int i = 0; i < 3; i++) {
            int tab = i;
            robot.interact(() -> chartsId.getSelectionModel().select(tab));
            Gui.waitUntil(() -> !((javafx.scene.chart.XYChart<?, ?>) sceneId.lookup("#frequencyChart")).getData().isEmpty());
            robot.interact(() -> Screenshots.save(sceneId, "chart-" + List.of("frequencies", "density", "progress").get(tab) + "-id"));
        }
    }

    /** A mouse event at canvas coordinates (x, y); the constructor takes scene coordinates. */
    private static javafx.scene.input.MouseEvent mouse(Canvas canvas, javafx.event.EventType<javafx.scene.input.MouseEvent> type,
                                                       double x, double y, boolean still) {
        return mouse(canvas, type, x, y, still, 1);
    }

    private static javafx.scene.input.MouseEvent mouse(Canvas canvas, javafx.event.EventType<javafx.scene.input.MouseEvent> type,
                                                       double x, double y, boolean still, int clicks) {
        Point2D scene = canvas.localToScene(x, y);
        Point2D screen = canvas.localToScreen(x, y);
        return new javafx.scene.input.MouseEvent(type, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                javafx.scene.input.MouseButton.PRIMARY, clicks,
                false, false, false, false, true, false, false, false, false, still, null);
    }

}
