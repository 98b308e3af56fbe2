package org.tematik.core.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.tematik.testsupport.BaseProject.INTERVIEW;
import static org.tematik.testsupport.BaseProject.INTERVIEW_TEXT;
import static org.tematik.testsupport.BaseProject.REGULATION;
import static org.tematik.testsupport.BaseProject.REGULATION_TEXT;
import static org.tematik.testsupport.BaseProject.span;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.coding.CodingView;
import org.tematik.core.matrix.Matrix;
import org.tematik.core.matrix.MatrixSpec;
import org.tematik.core.project.Project;
import org.tematik.core.search.SearchLanguage;
import org.tematik.core.source.Source;
import org.tematik.core.server.ServerAddress;
import org.tematik.core.util.Hashing;
import org.tematik.core.util.UserException;
import org.tematik.testsupport.Files2;
import org.tematik.testsupport.Postgres;

/**
 * The same services on a team project on PostgreSQL as on a project folder: import (originals in the
 * database), codebook, coding in code points, undo, cases, matrix, search, review, and a clean audit.
 */
class ServerProjectTest {
    @TempDir
    Path tmp;

    @Test
    void theWholeWorkflowRunsOnAServerAndASecondClientSeesIt() throws Exception {
        ServerAddress address = Postgres.freshDatabase();
        Path file = Files2.write(tmp.resolve("in"), INTERVIEW + ".txt", INTERVIEW_TEXT);
        UUID codingId;
        try (Project p = Project.initServer(address, null, "Kota kembar", "alice", tmp.resolve("cache-a"))) {
            assertThat(p.server()).contains(address);
            Source interview = p.sources().importFile(file, "interview", "interview").source();
            p.sources().importFile(Files2.write(tmp.resolve("in"), REGULATION + ".txt", REGULATION_TEXT), "regulation",
                    "document analysis");
            p.codebook().add("Koordinasi", null, "Coordination with the centre", null);
            p.codebook().add("Anggaran", null, null, null);
            int[] s = span(INTERVIEW_TEXT, "Anggaran dan SDM terbatas 𝄞");
            codingId = p.codings().code(INTERVIEW, "Anggaran", s[0], s[1], null);
            int[] r = span(REGULATION_TEXT, "dikoordinasikan oleh pusat");
            p.codings().code(REGULATION, "Koordinasi", r[0], r[1], null);
            p.codings().code(INTERVIEW, "Koordinasi", 0, 10, null);
            p.codebook().rename("Anggaran", "Anggaran & SDM");
            p.casebook().assign(p.casebook().findOrCreate("Tangerang-Yantai").id(), interview.id());
            p.memos().create("code", p.codebook().resolve("Koordinasi").id(), null, "central coordination is slow");
            p.codings().code(INTERVIEW, "Koordinasi", 12, 20, null);
            assertThat(p.undo()).isPresent();
            assertThat(p.supervision().reviews().commentOnCode("Koordinasi", "clear definition")).isNotNull();

            // the original is kept in the database, byte for byte; no sources/ folder on this client
            byte[] original = p.sources().originals().read(interview.originalFile()).orElseThrow();
            assertThat(Hashing.sha256(original)).isEqualTo(interview.sha256());
            assertThat(Files.exists(tmp.resolve("cache-a").resolve(Project.SOURCES_DIR))).isFalse();
        }
        try (Project bob = Project.openServer(address, null, "bob", tmp.resolve("cache-b"))) {
            assertThat(bob.name()).isEqualTo("Kota kembar");
            assertThat(bob.sources().list()).extracting(Source::name).containsExactlyInAnyOrder(INTERVIEW, REGULATION);
            assertThat(bob.sources().text(bob.sources().resolve(INTERVIEW).id())).isEqualTo(INTERVIEW_TEXT);
            assertThat(bob.codings().list("Anggaran & SDM", null)).extracting(v -> v.coding().id()).containsExactly(codingId);
            assertThat(bob.codings().list("Koordinasi", null)).hasSize(2);

            Matrix m = bob.matrix().build(MatrixSpec.of("source-type"));
            int row = rowOf(m, "Koordinasi");
            assertThat(m.rows().get(row).triangulated()).as("interview and regulation").isTrue();
            assertThat(bob.search().search("koordinasi", SearchLanguage.INDONESIAN).hits()).isNotEmpty();
            assertThat(Files.isDirectory(tmp.resolve("cache-b").resolve(Project.INDEX_DIR))).as("local index").isTrue();

            assertThat(bob.audit().verify().isIntact()).isTrue();
            assertThat(bob.supervision().reconciler().reconcile()).isEmpty();
        }
    }

    @Test
    void aSecondInitOnTheSameDatabaseAndAMissingProjectAreRefusedClearly() {
        ServerAddress address = Postgres.freshDatabase();
        Project.initServer(address, null, null, "alice", tmp.resolve("c1")).close();
        UserException twice = catchThrowableOfType(UserException.class,
                () -> Project.initServer(address, null, null, "bob", tmp.resolve("c2")));
        assertThat(twice.key()).isEqualTo("server.error.exists");

        UserException empty = catchThrowableOfType(UserException.class,
                () -> Project.openServer(Postgres.freshDatabase(), null, "bob", tmp.resolve("c3")));
        assertThat(empty.key()).isEqualTo("server.error.noProject");

        UserException noDb = catchThrowableOfType(UserException.class,
                () -> Project.openServer(Postgres.address("no_such_db", Postgres.SUPERUSER), null, "bob", tmp.resolve("c4")));
        assertThat(noDb.key()).isEqualTo("server.error.noDatabase");
    }

    private static int rowOf(Matrix m, String code) {
        for (int i = 0; i < m.rows().size(); i++) {
            if (m.rows().get(i).name().equals(code)) {
                return i;
            }
        }
        throw new AssertionError(code);
    }
}
