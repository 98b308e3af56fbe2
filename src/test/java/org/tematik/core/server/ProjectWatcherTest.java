package org.tematik.core.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tematik.testsupport.BaseProject.INTERVIEW;
import static org.tematik.testsupport.BaseProject.INTERVIEW_TEXT;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.audit.AuditEvent;
import org.tematik.core.project.Project;
import org.tematik.core.search.SearchLanguage;
import org.tematik.testsupport.Files2;
import org.tematik.testsupport.Postgres;

/** A client learns of the changes other clients commit, not of its own, and its search index follows. */
class ProjectWatcherTest {
    @TempDir
    Path tmp;

    @Test
    void othersChangesArriveInOrderOwnOnesDoNotAndTheLocalIndexFollows() throws Exception {
        ServerAddress address = Postgres.freshDatabase();
        try (Project ana = Project.initServer(address, null, "Tim", "ana", tmp.resolve("a"));
             Project budi = Project.openServer(address, null, "budi", tmp.resolve("b"));
             ProjectWatcher watcher = new ProjectWatcher(ana)) {
            assertThat(watcher.poll()).as("the first poll only finds the end").isEmpty();
            ana.codebook().add("Anggaran", null, null, null); // ana's own: not reported back to her
            budi.sources().importFile(Files2.write(tmp.resolve("in"), INTERVIEW + ".txt", INTERVIEW_TEXT), "interview", null);
            budi.codebook().add("Koordinasi", null, null, null);
            budi.codebook().rename("Koordinasi", "Koordinasi pusat");

            List<AuditEvent> seen = watcher.poll();
            assertThat(seen).extracting(AuditEvent::action).containsExactly("source.import", "code.create", "code.rename");
            assertThat(seen).extracting(AuditEvent::coder).containsOnly("budi");
            assertThat(ana.search().search("anggaran", SearchLanguage.INDONESIAN).hits()).as("budi's source, in ana's index")
                    .isNotEmpty();
            assertThat(watcher.poll()).isEmpty();

            BlockingQueue<List<AuditEvent>> heard = new LinkedBlockingQueue<>();
            watcher.addListener(heard::add);
            watcher.start(Duration.ofMillis(200));
            budi.codings().code(INTERVIEW, "Koordinasi pusat", 0, 8, null);
            List<AuditEvent> later = heard.poll(30, TimeUnit.SECONDS);
            assertThat(later).isNotNull().extracting(AuditEvent::action).containsExactly("coding.add");
        }
    }
}
