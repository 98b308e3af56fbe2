package org.tematik.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.project.Project;

/** OR gives every coding, AND the text where all codes overlap; filters by source type, case and coder. */
class RetrievalTest {
    private static final String INTERVIEW = "Koordinasi dengan pusat sangat lambat. Walikota berganti pada 2018.";
    private static final String REGULATION = "Pasal 3: kerja sama luar negeri memerlukan persetujuan Menteri.";

    @TempDir
    Path dir;

    @Test
    void orAndAndWithFilters() throws Exception {
        Files.writeString(dir.resolve("interview.txt"), INTERVIEW);
        Files.writeString(dir.resolve("regulation.txt"), REGULATION);
        try (Project ayu = Project.init(dir.resolve("p"), "Retrieve", "ayu")) {
            UUID interview = ayu.sources().importFile(dir.resolve("interview.txt"), "interview", "interview").source().id();
            UUID regulation = ayu.sources().importFile(dir.resolve("regulation.txt"), "regulation", "document analysis").source().id();
            UUID coordination = ayu.codebook().add("Coordination", null, null, null).id();
            UUID slow = ayu.codebook().add("Slowness", null, null, null).id();
            ayu.casebook().assign(ayu.casebook().findOrCreate("Tangerang-Yantai").id(), interview);
            ayu.codings().code(interview, coordination, 0, 23, null);      // Koordinasi dengan pusat
            ayu.codings().code(interview, slow, 11, 37, null);             // dengan pusat sangat lambat
            ayu.codings().code(regulation, coordination, 9, 31, null);
            Retrieval retrieval = ayu.retrieval();

            var any = retrieval.retrieve(new Retrieval.Query(Set.of(coordination, slow), false, null, null, null));
            assertThat(any).hasSize(3);
            var both = retrieval.retrieve(new Retrieval.Query(Set.of(coordination, slow), true, null, null, null));
            assertThat(both).singleElement().satisfies(h -> {
                assertThat(h.text()).isEqualTo("dengan pusat");
                assertThat(h.before()).isEqualTo("Koordinasi ");
                assertThat(h.after()).startsWith(" sangat lambat");
                assertThat(h.codeNames()).containsExactlyInAnyOrder("Coordination", "Slowness");
                assertThat(h.coders()).containsExactly("ayu");
            });
            assertThat(retrieval.retrieve(new Retrieval.Query(Set.of(coordination), false, "regulation", null, null)))
                    .singleElement().satisfies(h -> assertThat(h.sourceName()).isEqualTo("regulation"));
            assertThat(retrieval.retrieve(new Retrieval.Query(Set.of(coordination), false, null, "Tangerang-Yantai", null)))
                    .singleElement().satisfies(h -> assertThat(h.sourceId()).isEqualTo(interview));
            assertThat(retrieval.retrieve(new Retrieval.Query(Set.of(coordination), false, null, null, "budi"))).isEmpty();
            assertThat(retrieval.retrieve(new Retrieval.Query(Set.of(), false, null, null, null))).isEmpty();
        }
    }
}
