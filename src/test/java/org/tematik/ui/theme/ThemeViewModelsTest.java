package org.tematik.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.theme.map.MapNode;
import org.tematik.core.theme.map.ThematicMap;
import org.tematik.ui.ViewModelFixture;

/** The themes window's ViewModels without the toolkit (synchronous runner, fake dialogs). */
class ThemeViewModelsTest {
    @TempDir
    Path dir;

    @Test
    void droppingANodeKeepsEveryOtherNodeWhereItWasAndUndoRestoresTheLayout() throws Exception {
        try (ViewModelFixture f = new ViewModelFixture(dir, "Koordinasi lambat. Anggaran terbatas. Pimpinan berganti.")) {
            UUID source = f.project.sources().list().get(0).id();
            for (String code : List.of("Koordinasi", "Anggaran", "Pimpinan")) {
                UUID id = f.project.codebook().add(code, null, null, null).id();
                f.project.codings().code(source, id, 0, 5, null);
            }
            f.project.themes().add("Birokrasi", List.of("Koordinasi", "Anggaran"), null, null);
            f.project.themes().add("Kepemimpinan", List.of("Pimpinan"), null, null);
            f.open();
            MapViewModel vm = new MapViewModel(f.session, f.dialogs, f.errors, (s, a, b) -> { });
            vm.refresh();
            ThematicMap before = vm.mapProperty().get();
            MapNode node = before.nodes().get(0);
            vm.drag(node, node.x() + 60, node.y() + 40);
            vm.drop(node);
            ThematicMap after = vm.mapProperty().get(); // rebuilt from the saved places by the revision bump
            for (MapNode n : before.nodes()) {
                MapNode now = after.byKey().get(n.key());
                assertThat(now.pinned()).isTrue();
                assertThat(now.x()).isEqualTo(n.key().equals(node.key()) ? node.x() + 60 : n.x());
                assertThat(now.y()).isEqualTo(n.key().equals(node.key()) ? node.y() + 40 : n.y());
            }
            f.project.undo();
            assertThat(vm.mapProperty().get().nodes()).noneMatch(MapNode::pinned);
            assertThat(vm.mapProperty().get().byKey().get(node.key()).x()).isEqualTo(node.x());

            vm.open(node.isTheme() ? node : before.nodes().get(1));
            assertThat(vm.segments()).isNotEmpty();
            assertThat(f.dialogs.errors).isEmpty();
            vm.dispose();
        }
    }

    @Test
    void progressOfAShortSessionIsCountedPerMinuteWithRunningTotals() throws Exception {
        try (ViewModelFixture f = new ViewModelFixture(dir, "Koordinasi lambat. Anggaran terbatas. Pimpinan berganti.")) {
            UUID source = f.project.sources().list().get(0).id();
            UUID k = f.project.codebook().add("Koordinasi", null, null, null).id();
            f.project.codings().code(source, k, 0, 10, null);
            f.project.codings().code(source, k, 19, 27, null);
            f.project.codings().code(source, k, 38, 45, null);
            f.project.undo(); // a removal counts down

            ChartsViewModel.Progress progress = ChartsViewModel.progress(f.project);
            assertThat(progress.periods()).isNotEmpty().isSorted()
                    .allMatch(period -> period.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"));
            List<ChartsViewModel.Point> points = progress.byCoder().values().iterator().next();
            assertThat(points.get(points.size() - 1).total()).isEqualTo(2);
            assertThat(progress.periods()).containsAll(points.stream().map(ChartsViewModel.Point::when).toList());
        }
    }

    @Test
    void reviewFlagsThinSingleSourceAndSingleCoderThemesAndGroupsExtracts() throws Exception {
        try (ViewModelFixture f = new ViewModelFixture(dir, "Koordinasi lambat. Anggaran terbatas.")) {
            UUID source = f.project.sources().list().get(0).id();
            UUID k = f.project.codebook().add("Koordinasi", null, null, null).id();
            UUID a = f.project.codebook().add("Anggaran", null, null, null).id();
            f.project.codings().code(source, k, 0, 10, null);
            f.project.codings().code(source, a, 19, 27, null);
            f.project.themes().add("Hambatan", List.of("Koordinasi", "Anggaran"), null, null);
            f.open();
            ReviewViewModel vm = new ReviewViewModel(f.session, f.errors, (s, x, y) -> { });
            vm.refresh();
            var theme = vm.themes().get(0);
            assertThat(vm.flags(theme)).contains("thin (under 5 segments)").contains("single source").contains("single coder");
            vm.thinBelowProperty().set(2);
            assertThat(vm.flags(theme)).doesNotContain("thin");
            assertThat(vm.groups()).extracting(ReviewViewModel.Group::title).containsExactly("Anggaran (1)", "Koordinasi (1)");
            vm.bySourceProperty().set(true);
            assertThat(vm.groups()).singleElement().satisfies(g -> assertThat(g.extracts()).hasSize(2));
            vm.dispose();
        }
    }
}
