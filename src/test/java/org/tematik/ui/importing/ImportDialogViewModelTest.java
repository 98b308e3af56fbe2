package org.tematik.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.ui.ViewModelFixture;

class ImportDialogViewModelTest {
    @TempDir
    Path dir;

    @Test
    void importsAFolderIntoACaseAndListsEveryFile() throws Exception {
        try (ViewModelFixture f = new ViewModelFixture(dir, "Pewawancara: halo\n")) {
            f.open();
            Path folder = Files.createDirectories(dir.resolve("batch/sub"));
            Files.writeString(dir.resolve("batch/a.txt"), "Narasumber: satu\n");
            Files.writeString(folder.resolve("b.txt"), "Narasumber: dua\n");
            Files.write(dir.resolve("batch/c.txt"), new byte[] {0, 1, 2, 3, 0, 5});
            ImportDialogViewModel vm = new ImportDialogViewModel(f.session, f.dialogs, f.errors);
            f.dialogs.folders.add(dir.resolve("batch"));
            vm.addFolder();
            vm.caseNameProperty().set("Bandung");
            vm.sourceTypeProperty().set("news");

            vm.start();

            assertThat(vm.runningProperty().get()).isFalse();
            assertThat(vm.progressProperty().get()).isEqualTo(1.0);
            assertThat(vm.results()).extracting(ImportRow::status).containsExactlyInAnyOrder("imported", "imported", "failed");
            assertThat(vm.results()).filteredOn(r -> r.status().equals("failed")).singleElement()
                    .satisfies(r -> assertThat(r.detail()).startsWith("c.txt is not a text file"));
            assertThat(f.project.sources().list()).filteredOn(s -> s.sourceType().equals("news")).hasSize(2);
            assertThat(f.project.casebook().list()).extracting(c -> c.name()).containsExactly("Bandung");
            assertThat(f.session.statusProperty().get()).contains("Imported 2 files");
            assertThat(new ImportDialogViewModel(f.session, f.dialogs, f.errors).cases()).containsExactly("Bandung");
        }
    }

    @Test
    void nothingToImportDoesNothing() throws Exception {
        try (ViewModelFixture f = new ViewModelFixture(dir, "Pewawancara: halo\n")) {
            f.open();
            ImportDialogViewModel vm = new ImportDialogViewModel(f.session, f.dialogs, f.errors);
            vm.add(List.of());
            vm.start();
            assertThat(vm.results()).isEmpty();
            assertThat(f.dialogs.errors).isEmpty();
        }
    }
}
