package org.tematik.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tematik.core.project.Project;

/**
 * {@link TwoCoders} plus a regulation coded once with Anggaran by alice, and three themes. Hand count:
 * Koordinasi has 4 codings (alice 2, bob 2) in the transcript; Anggaran 2 in the transcript (alice, bob) and
 * 1 in the regulation (alice); Unused none. So "Hambatan" (Koordinasi, Anggaran) rests on 7 segments from 2
 * sources and 2 coders, "Dana" (Anggaran) on 3 segments from 2 sources, "Kosong" (Unused) on nothing.
 */
public final class ThemeFixture {
    private ThemeFixture() {
    }

    public static Path create(Path dir) throws java.io.IOException {
        Path project = TwoCoders.create(dir);
        Path regulation = Files.writeString(dir.resolve("perda.txt"), "Pasal 1. Anggaran kerja sama berasal dari APBD.\n");
        try (Project p = Project.open(project, "alice")) {
            var source = p.sources().importFile(regulation, "regulation", "document analysis");
            p.codings().code(source.source().id(), p.codebook().resolve("Anggaran").id(), 9, 17, null);
            p.themes().add("Hambatan", List.of("Koordinasi", "Anggaran"), "What slows the cooperation down", null);
            p.themes().add("Dana", List.of("Anggaran"), null, null);
            p.themes().add("Kosong", List.of("Unused"), null, null);
        }
        return project;
    }
}
