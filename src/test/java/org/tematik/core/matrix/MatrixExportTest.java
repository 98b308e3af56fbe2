package org.tematik.core.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.project.Project;

/** An export reads its evidence while the matrix is built; what it hands over must be what the parts give one by one. */
class MatrixExportTest {
    @TempDir
    Path dir;

    @Test
    void exportIsTheMatrixItsEvidenceAndTheCodebookWithQuotesAndPlaces() throws Exception {
        try (Project p = Project.init(dir.resolve("p"), "Study", "ayu")) {
            p.sources().importFile(Files.writeString(dir.resolve("satu.txt"),
                    "Koordinasi dengan pusat lambat.\n\nAnggaran kami terbatas 😀 sekali.\n"), "interview", "interview");
            p.sources().importFile(Files.writeString(dir.resolve("perda.txt"), "Pasal 3: kerja sama daerah.\n"), "regulation", "document");
            p.codebook().add("Hambatan", null, null, null);
            p.codebook().add("Anggaran", null, null, null);
            p.codings().code("satu", "Hambatan", 0, 10, null);
            p.codings().code("satu", "Anggaran", 33, 57, null); // code points: the emoji is one
            p.codings().code("perda", "Hambatan", 9, 18, null);

            MatrixService.Export export = p.matrix().export(MatrixSpec.of("source-type"));

            Matrix alone = p.matrix().build(MatrixSpec.of("source-type"));
            assertThat(export.matrix().rows()).isEqualTo(alone.rows());
            assertThat(export.matrix().columns()).isEqualTo(alone.columns());
            assertThat(export.matrix().cells()).isDeepEqualTo(alone.cells());
            assertThat(export.evidence()).isEqualTo(p.matrix().evidence(alone));
            assertThat(export.codebook()).isEqualTo(p.matrix().codebook());
            assertThat(export.evidence()).extracting(Evidence::quote, Evidence::paragraph)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Koordinasi", 1),
                            org.assertj.core.groups.Tuple.tuple("kerja sam", 1),
                            org.assertj.core.groups.Tuple.tuple("Anggaran kami terbatas 😀", 2));
        }
    }
}
