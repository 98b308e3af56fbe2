package org.tematik.core.theme.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.project.Project;
import org.tematik.core.theme.MapLink;
import org.tematik.core.theme.Placement;
import org.tematik.testsupport.ThemeFixture;

/** The map's model without any toolkit: layout, saved positions, sizes, badges, SVG and PNG. */
class ThematicMapTest {
    @TempDir
    static Path dir;
    static Path project;

    @BeforeAll
    static void fixture() throws Exception {
        project = ThemeFixture.create(dir);
        try (Project p = Project.open(project, "alice")) {
            UUID hambatan = p.themes().resolve("Hambatan").id();
            p.themes().add("R&D <Kapasitas> \"lokal\"", List.of("Koordinasi"), null, hambatan);
            p.themes().addLink(MapLink.THEME, p.themes().resolve("Dana").id(), MapLink.THEME, hambatan, "influences", "late money");
        }
    }

    @Test
    void theSameSeedGivesTheSameLayoutAndAnotherSeedAnother() {
        try (Project p = Project.open(project, "alice")) {
            ThematicMap a = p.themeMap().build(7);
            ThematicMap b = p.themeMap().build(7);
            ThematicMap c = p.themeMap().build(8);
            assertThat(positions(a)).isEqualTo(positions(b));
            assertThat(positions(a)).isNotEqualTo(positions(c));
            assertThat(a.nodes()).hasSize(4 + 3); // four themes, three codes
        }
    }

    @Test
    void nodesDoNotOverlapAfterLayout() {
        try (Project p = Project.open(project, "alice")) {
            List<MapNode> nodes = p.themeMap().build(MapLayout.DEFAULT_SEED).nodes();
            for (int i = 0; i < nodes.size(); i++) {
                for (int j = i + 1; j < nodes.size(); j++) {
                    MapNode a = nodes.get(i);
                    MapNode b = nodes.get(j);
                    boolean apartX = Math.abs(a.x() - b.x()) >= MapGeometry.halfWidth(a) + MapGeometry.halfWidth(b);
                    boolean apartY = Math.abs(a.y() - b.y()) >= MapGeometry.halfHeight(a) + MapGeometry.halfHeight(b);
                    assertThat(apartX || apartY).as(a.label() + " vs " + b.label()).isTrue();
                }
            }
        }
    }

    @Test
    void savedPositionsSurviveReopeningAndPinTheirNodes() {
        UUID dana;
        try (Project p = Project.open(project, "bob")) {
            dana = p.themes().resolve("Dana").id();
            p.themes().place(List.of(new Placement(MapLink.THEME, dana, 333.0, 444.0)));
        }
        try (Project p = Project.open(project, "alice")) {
            MapNode node = p.themeMap().build(99).byKey().get(MapNode.key(MapLink.THEME, dana));
            assertThat(node.pinned()).isTrue();
            assertThat(node.x()).isEqualTo(333.0);
            assertThat(node.y()).isEqualTo(444.0);
            assertThat(p.themeMap().build(5).byKey().get(node.key()).x()).isEqualTo(333.0);
            p.themes().resetLayout();
            assertThat(p.themeMap().build(99).byKey().get(node.key()).pinned()).isFalse();
        }
    }

    @Test
    void sizeFollowsCodedSegmentsAndTheBadgeTheMatrixSpan() {
        try (Project p = Project.open(project, "alice")) {
            Map<String, MapNode> byLabel = new java.util.HashMap<>();
            p.themeMap().build(1).nodes().forEach(n -> byLabel.put(n.label(), n));
            assertThat(byLabel.get("Hambatan").segments()).isEqualTo(7);
            assertThat(byLabel.get("Dana").segments()).isEqualTo(3);
            assertThat(byLabel.get("Hambatan").radius()).isGreaterThan(byLabel.get("Dana").radius());
            assertThat(byLabel.get("Kosong").radius()).isEqualTo(MapGeometry.MIN_THEME);
            // source types: Anggaran is in the interview and the regulation, Koordinasi only in the interview
            assertThat(byLabel.get("Anggaran").span()).isEqualTo(2);
            assertThat(byLabel.get("Koordinasi").span()).isEqualTo(1);
            assertThat(byLabel.get("Hambatan").span()).isEqualTo(2);
            assertThat(byLabel.get("Koordinasi").color()).isEqualTo(p.codebook().resolve("Koordinasi").color());
            assertThat(byLabel.get("R&D <Kapasitas> \"lokal\"").subTheme()).isTrue();
        }
    }

    @Test
    void svgIsVectorWithThemeNamesAsEscapedText() {
        try (Project p = Project.open(project, "alice")) {
            String svg = MapExport.svg(p.themeMap().build(1));
            assertThat(svg).startsWith("<?xml").contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                    .contains(">Hambatan</text>").contains(">Dana</text>")
                    .contains(">R&amp;D &lt;Kapasitas&gt; &quot;lokal&quot;</text>")
                    .contains("<rect").contains("<circle").contains("<line").contains("late money");
            assertThat(svg).doesNotContain("R&D <");
        }
    }

    @Test
    void pngIsAnImageOfTheDrawingsSize(@TempDir Path out) throws Exception {
        try (Project p = Project.open(project, "alice")) {
            ThematicMap map = p.themeMap().build(1);
            Path file = out.resolve("map.png");
            MapExport.write(map, file);
            BufferedImage image = ImageIO.read(file.toFile());
            double[] b = MapPainter.bounds(map);
            assertThat(image.getWidth()).isEqualTo((int) Math.ceil(b[2] * MapExport.PNG_SCALE));
            assertThat(image.getHeight()).isEqualTo((int) Math.ceil(b[3] * MapExport.PNG_SCALE));
            Files.createDirectories(Path.of("target/screenshots"));
            Files.copy(file, Path.of("target/screenshots/map-export.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(Path.of("target/screenshots/map-export.svg"), MapExport.svg(map));
        }
    }

    private static Map<String, List<Double>> positions(ThematicMap map) {
        Map<String, List<Double>> out = new java.util.TreeMap<>();
        map.nodes().forEach(n -> out.put(n.key(), List.of(n.x(), n.y())));
        return out;
    }
}
