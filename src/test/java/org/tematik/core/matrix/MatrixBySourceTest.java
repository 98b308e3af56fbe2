package org.tematik.core.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.project.Project;
import org.tematik.core.source.RemoveSource;

/** The source dimension counts codings without joining the sources table, so removed sources are dropped in Java. */
class MatrixBySourceTest {
    @TempDir
    Path dir;

    @Test
    void aRemovedSourceHasNoColumnAndItsCodingsDoNotCount() throws Exception {
        try (Project p = Project.init(dir.resolve("p"), "Study", "ayu")) {
            p.sources().importFile(Files.writeString(dir.resolve("satu.txt"), "Koordinasi dengan pusat lambat.\n"), "interview", "interview");
            p.sources().importFile(Files.writeString(dir.resolve("dua.txt"), "Anggaran kami terbatas sekali.\n"), "interview", "interview");
            var code = p.codebook().add("Hambatan", null, null, null);
            p.codings().code("satu", "Hambatan", 0, 10, null);
            p.codings().code("satu", "Hambatan", 11, 24, null);
            p.codings().code("dua", "Hambatan", 0, 8, null);

            Matrix both = p.matrix().build(MatrixSpec.of("source"));
            assertThat(both.columns()).extracting(Matrix.Column::label).containsExactly("dua", "satu");
            assertThat(both.cells()[0]).containsExactly(1, 2);

            p.history().execute(new RemoveSource(p.sources().resolve("dua").id()), "ayu"); // as undoing its import does
            Matrix one = p.matrix().build(MatrixSpec.of("source"));
            assertThat(one.columns()).extracting(Matrix.Column::label).containsExactly("satu");
            assertThat(one.cells()[0]).containsExactly(2);
            assertThat(one.rows().get(0).id()).isEqualTo(code.id());
        }
    }
}
