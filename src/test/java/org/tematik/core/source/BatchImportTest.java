package org.tematik.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.project.Project;
import org.tematik.core.source.importer.ImportLimits;
import org.tematik.testsupport.CliRun;

/** Batches: parallel reading, one case for all, twins in one batch, cancelling, folders. */
class BatchImportTest {
    @TempDir
    Path dir;

    private List<Path> transcripts(int n) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            files.add(Files.writeString(dir.resolve("in").resolve("wawancara-" + i + ".txt"),
                    "Pewawancara: Pertanyaan " + i + "?\nNarasumber: Jawaban nomor " + i + ".\n"));
        }
        return files;
    }

    @Test
    void parallelJobsImportEverySourceIntoOneCaseWithSpeakerTurns() throws Exception {
        Files.createDirectories(dir.resolve("in"));
        List<Path> files = transcripts(6);
        files.add(Files.writeString(dir.resolve("in/twin.txt"), Files.readString(files.get(0)))); // same bytes as #1
        try (Project p = Project.init(dir.resolve("p"), "Study", "ayu")) {
            AtomicInteger heard = new AtomicInteger();
            var outcomes = p.sources().importFiles(files,
                    new ImportOptions("interview", "interview", "Tangerang–Yantai", null, 3, ImportLimits.DEFAULT),
                    o -> heard.incrementAndGet(), () -> false);

            assertThat(heard.get()).isEqualTo(7);
            assertThat(outcomes).extracting(ImportOutcome::file).containsExactlyElementsOf(files);
            assertThat(outcomes.stream().filter(o -> o.status() == ImportOutcome.Status.IMPORTED)).hasSize(6);
            assertThat(outcomes.stream().filter(o -> o.status() == ImportOutcome.Status.DUPLICATE)).hasSize(1);
            assertThat(p.casebook().list()).singleElement().satisfies(c -> assertThat(c.name()).isEqualTo("Tangerang–Yantai"));
            for (Source s : p.sources().list()) {
                assertThat(p.casebook().casesOf(s.id())).containsExactly("Tangerang–Yantai");
                assertThat(p.sources().structure(s.id()).turns()).extracting(SourceStructure.SpeakerTurn::speaker)
                        .containsExactly("Pewawancara", "Narasumber");
                assertThat(s.paragraphCount()).isEqualTo(2);
            }
            assertThat(p.audit().verify().isIntact()).isTrue();
        }
    }

    @Test
    void cancellingLeavesTheRestUntouched() throws Exception {
        Files.createDirectories(dir.resolve("in"));
        List<Path> files = transcripts(4);
        try (Project p = Project.init(dir.resolve("p"), "Study", "ayu")) {
            AtomicInteger done = new AtomicInteger();
            var outcomes = p.sources().importFiles(files, ImportOptions.of(null, null), o -> done.incrementAndGet(),
                    () -> done.get() >= 2);
            assertThat(outcomes).extracting(ImportOutcome::status).containsExactly(ImportOutcome.Status.IMPORTED,
                    ImportOutcome.Status.IMPORTED, ImportOutcome.Status.CANCELLED, ImportOutcome.Status.CANCELLED);
            assertThat(p.sources().list()).hasSize(2);
        }
    }

    @Test
    void theCliImportsFoldersRecursivelyWithJobsAndACase() throws Exception {
        Path root = Files.createDirectories(dir.resolve("data/round-1/deep"));
        Files.writeString(dir.resolve("data/a.txt"), "Pewawancara: satu\n");
        Files.writeString(dir.resolve("data/round-1/b.md"), "Narasumber: dua\n");
        Files.writeString(root.resolve("c.txt"), "R: tiga\n");
        Files.writeString(root.resolve("notes.xyz"), "skipped: not a supported name\n");
        Path project = dir.resolve("p");
        Project.init(project, "Study", "ayu").close();

        CliRun flat = CliRun.of("-p", project.toString(), "import", dir.resolve("data").toString());
        assertThat(flat.out()).contains("1 imported, 0 skipped as duplicates, 0 failed");
        CliRun deep = CliRun.of("-p", project.toString(), "import", dir.resolve("data").toString(), "--recursive",
                "--jobs", "2", "--case", "Bandung");
        assertThat(deep.exit()).as(deep.err()).isZero();
        assertThat(deep.out()).contains("2 imported, 1 skipped as duplicates, 0 failed").doesNotContain("notes.xyz");
        assertThat(CliRun.of("-p", project.toString(), "import", "x.txt", "--jobs", "0").exit()).isEqualTo(2);
    }
}
