package org.tematik.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.codebook.Code;
import org.tematik.core.search.AutocodeUnit;
import org.tematik.core.search.SearchHit;
import org.tematik.core.search.SearchLanguage;
import org.tematik.ui.ViewModelFixture;

class SearchViewModelTest {
    static final String TEXT = "Pak Budi: Kami berkoordinasi dengan pusat.\nBu Sari: Bappeda mengoordinasikan program kota kembar.\n"
            + "Pak Budi: Anggaran terbatas.\n";

    @TempDir
    Path dir;

    @Test
    void searchesPreviewsOpensAndCodesAllHitsAsOneUndo() throws Exception {
        try (ViewModelFixture f = new ViewModelFixture(dir, TEXT)) {
            List<SearchHit> opened = new ArrayList<>();
            SearchViewModel vm = new SearchViewModel(f.session, f.errors, opened::add);
            f.open();
            Code code = f.project.codebook().add("Central coordination", null, null, null);
            assertThat(vm.codes()).extracting(Code::name).containsExactly("Central coordination");

            vm.queryProperty().set("koordinasi");
            vm.search();
            assertThat(vm.hits()).extracting(SearchHit::match).containsExactly("berkoordinasi", "mengoordinasikan");
            assertThat(vm.selectedHitProperty().get()).isEqualTo(vm.hits().get(0));
            assertThat(vm.previewMatchProperty().get()).isEqualTo("berkoordinasi");
            assertThat(vm.previewBeforeProperty().get()).isEqualTo("Pak Budi: Kami ");
            assertThat(vm.summaryProperty().get()).startsWith("2 hits in 2 paragraphs");
            assertThat(SearchViewModel.label(vm.hits().get(0))).startsWith("interview — Pak Budi");

            vm.open(vm.hits().get(1));
            assertThat(opened).extracting(SearchHit::match).containsExactly("mengoordinasikan");

            vm.codeAllHits();
            assertThat(f.session.statusProperty().get()).contains("Choose the code");
            vm.codeProperty().set(vm.codes().get(0));
            vm.unitProperty().set(AutocodeUnit.PARAGRAPH);
            vm.codeAllHits();
            assertThat(vm.summaryProperty().get()).startsWith("Coded 2 segments (paragraph) as 'Central coordination'");
            assertThat(f.project.codings().list(code.id().toString(), null)).extracting(c -> c.text().strip())
                    .containsExactly("Pak Budi: Kami berkoordinasi dengan pusat.", "Bu Sari: Bappeda mengoordinasikan program kota kembar.");
            f.project.undo();
            assertThat(f.project.codings().list(null, null)).isEmpty();
            assertThat(f.dialogs.errors).isEmpty();
        }
    }

    @Test
    void aBadQueryIsReportedAndAnotherLanguageFindsNothing() throws Exception {
        try (ViewModelFixture f = new ViewModelFixture(dir, TEXT)) {
            SearchViewModel vm = new SearchViewModel(f.session, f.errors, hit -> { });
            f.open();
            vm.queryProperty().set("\"kota kembar");
            vm.search();
            assertThat(f.dialogs.errors).singleElement().asString().contains("cannot read the query");
            assertThat(vm.busyProperty().get()).isFalse();
            vm.queryProperty().set("kota");
            vm.languageProperty().set(SearchLanguage.ENGLISH);
            vm.search();
            assertThat(vm.hits()).isEmpty();
            assertThat(vm.previewMatchProperty().get()).isEmpty();
        }
    }
}
