package org.tematik.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tematik.core.project.Project;
import org.tematik.core.source.SourceStructure;

/**
 * A transcript of four paragraphs coded by alice and bob: Koordinasi by alice in paragraphs 1 and 2 and
 * by bob in 1 and 3; Anggaran by both in paragraph 4 (each coding covers characters 2 to 6 of its paragraph).
 */
public final class TwoCoders {
    private TwoCoders() {
    }

    public static Path create(Path dir) throws java.io.IOException {
        Path project = dir.resolve("p");
        Path file = Files.writeString(dir.resolve("wawancara.txt"),
                "Pewawancara: Bagaimana koordinasinya?\nNarasumber: Lambat sekali. Kami menunggu lama.\nPewawancara: Dan anggaran?\nNarasumber: Terbatas.\n");
        try (Project alice = Project.init(project, "Study", "alice")) {
            alice.sources().importFile(file, "interview", "interview");
            alice.codebook().add("Koordinasi", null, null, null);
            alice.codebook().add("Anggaran", null, null, null);
        }
        code(project, "alice", "Koordinasi", 1, 2);
        code(project, "bob", "Koordinasi", 1, 3);
        code(project, "alice", "Anggaran", 4);
        code(project, "bob", "Anggaran", 4);
        try (Project p = Project.open(project, "bob")) {
            p.codebook().add("Unused", null, null, null);
        }
        return project;
    }

    private static void code(Path project, String coder, String code, int... paragraphs) {
        try (Project p = Project.open(project, coder)) {
            var source = p.sources().list().get(0);
            List<SourceStructure.Paragraph> paras = p.sources().structure(source.id()).paragraphs();
            for (int n : paragraphs) {
                SourceStructure.Paragraph para = paras.get(n - 1);
                p.codings().code(source.id(), p.codebook().resolve(code).id(), para.start() + 2, para.start() + 6, null);
            }
        }
    }
}
