package org.tematik.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.exchange.QuirkFixturesAccess;
import org.tematik.core.project.Project;
import org.tematik.ui.ViewModelFixture;

class ExchangeViewModelTest {
    @TempDir
    Path dir;

    @Test
    void exportsThenImportsIntoANewProjectAndOpensIt() throws Exception {
        try (ViewModelFixture f = new ViewModelFixture(dir, "Pewawancara: halo 😀 dunia\n")) {
            f.open();
            f.project.codebook().add("Sapaan", null, null, null);
            int[] span = org.tematik.testsupport.BaseProject.span("Pewawancara: halo 😀 dunia\n", "dunia");
            f.project.codings().code("interview", "Sapaan", span[0], span[1], null);
            List<Path> opened = new ArrayList<>();
            ExchangeViewModel vm = new ExchangeViewModel(f.session, f.dialogs, f.errors, "tester", opened::add);
            f.dialogs.saveFiles.add(dir.resolve("out.qdpx"));
            vm.exportQdpx();
            assertThat(dir.resolve("out.qdpx")).exists();
            assertThat(f.session.statusProperty().get()).contains("1 codes, 1 sources, 1 codings");
            f.dialogs.saveFiles.add(dir.resolve("out.qdc"));
            vm.exportQdc();
            assertThat(Files.readString(dir.resolve("out.qdc"))).contains("name=\"Sapaan\"");

            f.dialogs.openFiles.add(dir.resolve("out.qdpx"));
            f.dialogs.folders.add(dir.resolve("copy"));
            vm.importProject();
            assertThat(f.dialogs.errors).isEmpty();
            assertThat(opened).containsExactly(dir.resolve("copy"));
            assertThat(f.dialogs.infos).singleElement().asString().contains("1 codings", "Nothing was lost");
            assertThat(vm.busyProperty().get()).isFalse();
            try (Project copy = Project.open(dir.resolve("copy"), "tester")) {
                assertThat(copy.codings().list(null, null)).singleElement().satisfies(v -> assertThat(v.text()).isEqualTo("dunia"));
            }
        }
    }

    @Test
    void mergeShowsTheReportAndAFailureGoesToTheErrorDialog() throws Exception {
        try (ViewModelFixture f = new ViewModelFixture(dir, "Pewawancara: halo\n")) {
            f.open();
            ExchangeViewModel vm = new ExchangeViewModel(f.session, f.dialogs, f.errors, "tester", p -> { });
            f.dialogs.openFiles.add(QuirkFixturesAccess.qdpx(dir, "qualcoder", Map.of()));
            vm.mergeFile();
            assertThat(f.dialogs.infos).singleElement().asString().contains("Merged", "audio source(s)", "No conflicts.");
            assertThat(f.project.sources().list()).hasSize(2);

            f.dialogs.folders.add(f.project.dir());
            vm.mergeFolder();
            assertThat(f.dialogs.errors).singleElement().asString().contains("this project itself");
            assertThat(vm.busyProperty().get()).isFalse();
        }
    }

    @Test
    void cancellingAChooserDoesNothing() throws Exception {
        try (ViewModelFixture f = new ViewModelFixture(dir, "Pewawancara: halo\n")) {
            f.open();
            ExchangeViewModel vm = new ExchangeViewModel(f.session, f.dialogs, f.errors, "tester", p -> { });
            vm.exportQdpx();
            vm.importProject();
            vm.mergeFile();
            assertThat(f.dialogs.infos).isEmpty();
            assertThat(f.dialogs.errors).isEmpty();
            try (var files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("project", "interview.txt");
            }
        }
    }
}
