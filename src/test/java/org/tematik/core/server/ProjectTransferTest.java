package org.tematik.core.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.tematik.testsupport.BaseProject.INTERVIEW;
import static org.tematik.testsupport.BaseProject.INTERVIEW_TEXT;
import static org.tematik.testsupport.BaseProject.REGULATION;
import static org.tematik.testsupport.BaseProject.span;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.audit.AuditEvent;
import org.tematik.core.project.Project;
import org.tematik.core.source.Source;
import org.tematik.core.util.UserException;
import org.tematik.testsupport.BaseProject;
import org.tematik.testsupport.Files2;
import org.tematik.testsupport.Postgres;

/** push copies a project folder to a server verbatim; pull copies it back; offline work merges back. */
class ProjectTransferTest {
    @TempDir
    Path tmp;

    @Test
    void pushThenPullKeepsEveryEventAndOriginalAndOfflineWorkMergesBack() throws Exception {
        Path local = BaseProject.create(tmp);
        List<AuditEvent> history;
        try (Project p = Project.open(local, "alice")) {
            p.codebook().add("Tata kelola", null, "Governance", null);
            p.codebook().add("Koordinasi", "Tata kelola", null, null); // a sub-code: parents must be copied first
            int[] s = span(INTERVIEW_TEXT, "Koordinasi dengan pusat");
            p.codings().code(INTERVIEW, "Koordinasi", s[0], s[1], "slow");
            p.codebook().rename("Koordinasi", "Koordinasi pusat");
            p.history().execute(new org.tematik.core.source.RemoveSource(p.sources().resolve(REGULATION).id()), "alice");
            p.undo();
            p.memos().create("project", null, "Catatan", "first memo");
            history = p.audit().page(0, 1000);
        }
        ServerAddress server = Postgres.freshDatabase();
        ProjectTransfer.Result pushed = ProjectTransfer.push(local, server, null);
        assertThat(pushed.events()).isEqualTo(history.size());
        assertThat(pushed.headHash()).isEqualTo(history.get(history.size() - 1).hash());
        assertThat(pushed.sources()).isEqualTo(2);
        assertThat(pushed.originals()).isEqualTo(2);

        try (Project team = Project.openServer(server, null, "bob", tmp.resolve("cache"))) {
            assertThat(team.audit().page(0, 1000)).isEqualTo(history);
            assertThat(team.audit().verify().isIntact()).isTrue();
            assertThat(team.codebook().resolve("Koordinasi pusat").parentId()).isEqualTo(team.codebook().resolve("Tata kelola").id());
            Source interview = team.sources().resolve(INTERVIEW);
            assertThat(team.sources().originals().read(interview.originalFile()).orElseThrow())
                    .isEqualTo(Files.readAllBytes(local.resolve(interview.originalFile())));
            assertThat(team.undo()).as("bob has nothing to undo: alice's stack stays alice's").isEmpty();
            team.codings().code(REGULATION, "Tata kelola", 0, 9, null);
        }

        Path copy = tmp.resolve("offline");
        ProjectTransfer.Result pulled = ProjectTransfer.pull(server, null, copy);
        assertThat(pulled.events()).isEqualTo(history.size() + 1);
        try (Project offline = Project.open(copy, "alice")) {
            assertThat(offline.audit().page(0, 1000).subList(0, history.size())).isEqualTo(history);
            assertThat(offline.audit().verify().isIntact()).isTrue();
            assertThat(offline.codings().list("Tata kelola", null)).hasSize(1);
            Source regulation = offline.sources().resolve(REGULATION);
            assertThat(copy.resolve(regulation.originalFile())).exists();
            offline.codings().code(INTERVIEW, "Tata kelola", 0, 8, "coded offline");
            offline.sources().importFile(Files2.write(tmp.resolve("new"), "berita.txt", "Berita kota kembar Yantai.\n"),
                    "news", null);
        }

        try (Project team = Project.openServer(server, null, "alice", tmp.resolve("cache2"))) {
            team.exchange().merge(copy);
            assertThat(team.codings().list("Tata kelola", null)).hasSize(2);
            Source news = team.sources().resolve("berita");
            assertThat(team.sources().originals().read(news.originalFile())).as("merged original on the server").isPresent();
            assertThat(team.audit().verify().isIntact()).isTrue();
        }
    }

    @Test
    void pushRefusesAServerThatAlreadyHoldsAProjectAndPullRefusesAFullFolder() throws Exception {
        Path local = BaseProject.create(tmp);
        ServerAddress server = Postgres.freshDatabase();
        ProjectTransfer.push(local, server, null);
        UserException again = catchThrowableOfType(UserException.class, () -> ProjectTransfer.push(local, server, null));
        assertThat(again.key()).isEqualTo("server.error.exists");
        UserException full = catchThrowableOfType(UserException.class, () -> ProjectTransfer.pull(server, null, local));
        assertThat(full.key()).isEqualTo("server.error.targetNotEmpty");
        UserException none = catchThrowableOfType(UserException.class,
                () -> ProjectTransfer.pull(Postgres.freshDatabase(), null, tmp.resolve("x")));
        assertThat(none.key()).isEqualTo("server.error.noProject");
        assertThat(tmp.resolve("x")).doesNotExist();
    }
}
