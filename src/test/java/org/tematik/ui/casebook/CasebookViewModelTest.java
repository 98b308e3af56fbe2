package org.tematik.ui.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.casebook.Attribute;
import org.tematik.ui.ViewModelFixture;

class CasebookViewModelTest {
    @TempDir
    Path dir;

    @Test
    void addsCasesImportsEditsAndExportsTheTable() throws Exception {
        try (ViewModelFixture f = new ViewModelFixture(dir, "Koordinasi dengan pusat lambat.")) {
            CasebookViewModel vm = new CasebookViewModel(f.session, f.dialogs, f.errors);
            f.open();
            f.dialogs.texts.add("Tangerang–Yantai");
            vm.addCase();
            assertThat(vm.rows()).extracting(r -> r.owner()).containsExactly("Tangerang–Yantai");

            Path csv = dir.resolve("partners.csv");
            Files.writeString(csv, "case,country,year\nTangerang–Yantai,China,2019\nBandung–Braunschweig,Germany,1960\n");
            f.dialogs.files.add(List.of(csv));
            vm.importTable();
            assertThat(f.session.statusProperty().get()).contains("Imported 2 rows");
            assertThat(vm.columns()).extracting(Attribute::name).containsExactly("country", "year");
            assertThat(vm.rows()).hasSize(2);

            Attribute year = vm.columns().get(1);
            var bandung = vm.rows().get(0);
            vm.edit(bandung, year, "not a year");
            assertThat(f.dialogs.errors).singleElement().asString().contains("not a year");
            vm.edit(bandung, year, "1961");
            assertThat(vm.rows().get(0).values()).containsEntry("year", "1961");

            f.dialogs.folders.add(dir);
            vm.exportTable();
            assertThat(dir.resolve(CasebookViewModel.EXPORT_NAME)).exists();

            vm.ownerKindProperty().set(Attribute.ON_SOURCE);
            assertThat(vm.rows()).extracting(r -> r.owner()).containsExactly("interview");
            assertThat(vm.columns()).isEmpty();
        }
    }
}
