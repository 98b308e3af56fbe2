package org.tematik.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.util.UserException;
import org.tematik.testsupport.Files2;

/** A failed import leaves no project behind, and an existing folder's own files untouched. */
class ImportAllOrNothingTest {
    @TempDir
    Path tmp;

    private static final String CODE = "<Code guid=\"11111111-1111-4111-8111-111111111111\" name=\"A\" isCodable=\"true\"/>";

    private Path qde(String body) {
        return Files2.write(tmp, "bad.qde", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" "
                + "name=\"x\">" + body + "</Project>");
    }

    @Test
    void malformedXmlCreatesNothing() {
        Path file = Files2.write(tmp, "broken.qdpx", "<Project name=\"x\"><CodeBook>");
        assertThatThrownBy(() -> ExchangeService.importProject(file, tmp.resolve("new"), "tester"))
                .isInstanceOf(UserException.class).hasMessageContaining("not well-formed XML");
        assertThat(tmp.resolve("new")).doesNotExist();
    }

    @Test
    void aZipWithoutProjectQdeIsNamedAsSuch() throws Exception {
        Path file = QuirkFixturesTest.qdpx(tmp, "qualcoder", Map.of());
        Path renamed = tmp.resolve("sources-only.qdpx");
        try (var in = new java.util.zip.ZipFile(file.toFile());
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(renamed))) {
            out.putNextEntry(new java.util.zip.ZipEntry("sources/a.txt"));
            out.write(in.getInputStream(in.getEntry("sources/5d0c6a4e-3c2b-4a1f-9e8d-7c6b5a4f3e2d.txt")).readAllBytes());
            out.closeEntry();
        }
        assertThatThrownBy(() -> ExchangeService.importProject(renamed, tmp.resolve("new"), "tester"))
                .isInstanceOf(UserException.class).hasMessageContaining("holds no project.qde");
        assertThat(tmp.resolve("new")).doesNotExist();
    }

    @Test
    void aFailureAfterTheFolderWasPreparedRemovesWhatTheImportMadeAndKeepsWhatWasThere() throws Exception {
        Path file = qde("<CodeBook><Codes>" + CODE + "</Codes></CodeBook>");
        Path existing = Files.createDirectories(tmp.resolve("existing"));
        Files2.write(existing, "notes.txt", "mine");
        Files2.write(existing, "index", "a file where the project wants its index folder");
        assertThatThrownBy(() -> ExchangeService.importProject(file, existing, "tester")).isInstanceOf(UserException.class);
        try (var left = Files.list(existing)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("notes.txt", "index");
        }
    }

    @Test
    void aBatchThatFailsHalfWayLeavesNoneOfItsRows() throws Exception {
        Path file = qde("<CodeBook><Codes>" + CODE + "</Codes></CodeBook>");
        ExchangeService.importProject(file, tmp.resolve("p"), "tester");
        try (var p = org.tematik.core.project.Project.open(tmp.resolve("p"), "tester")) {
            ExchangeBatch batch = ExchangeBatch.empty();
            var code = new org.tematik.core.codebook.Code(java.util.UUID.randomUUID(), null, "B", null, null, null, null,
                    "#112233", 9, java.time.Instant.now(), "tester");
            batch.codes().add(code);
            // a coding of a source that does not exist: the database refuses it after the code went in
            batch.codings().add(new org.tematik.core.coding.Coding(java.util.UUID.randomUUID(), java.util.UUID.randomUUID(),
                    code.id(), 0, 1, "tester", java.time.Instant.now()));
            long events = p.audit().verify().events();
            assertThatThrownBy(() -> p.history().execute(new ApplyBatch("project.merge", "x", batch), "tester"))
                    .isInstanceOf(RuntimeException.class);
            assertThat(p.codebook().tree()).hasSize(1);
            assertThat(p.audit().verify().events()).isEqualTo(events);
        }
    }

    @Test
    void anExistingProjectIsNeverImportedInto() throws Exception {
        Path file = qde("<CodeBook><Codes>" + CODE + "</Codes></CodeBook>");
        ExchangeService.importProject(file, tmp.resolve("p"), "tester");
        assertThatThrownBy(() -> ExchangeService.importProject(file, tmp.resolve("p"), "tester"))
                .isInstanceOf(UserException.class).hasMessageContaining("already");
    }
}
