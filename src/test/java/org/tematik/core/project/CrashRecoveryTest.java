package org.tematik.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.audit.AuditEvent;
import org.tematik.core.audit.Verification;
import org.tematik.core.history.CommandStack;
import org.tematik.testsupport.ChildJvm;
import org.tematik.testsupport.CodingLoop;
import org.tematik.testsupport.Db;
import org.tematik.testsupport.Files2;

/**
 * A real child JVM runs a long series of commands and is killed with SIGKILL part-way. Every command it
 * reported as done must still be there, each change with its audit event, and the project must
 * reopen with the chain intact and undo working.
 */
class CrashRecoveryTest {
    private static final int KILL_AFTER_LINES = 30;

    @TempDir
    Path tmp;

    @Test
    void hardKillLosesNoCommittedWork() throws Exception {
        Path dir = tmp.resolve("study");
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 6000; i++) {
            text.append("Baris ").append(i).append(": koordinasi pusat 😀 lambat.\n");
        }
        Path file = Files2.write(tmp, "long-interview.txt", text.toString());
        try (Project p = Project.init(dir, "Crash study", "alice")) {
            p.sources().importFile(file, "interview", "interview");
            p.codebook().add("Koordinasi", null, null, null);
        }
        long eventsBefore = Db.count(dir, "audit_events");

        int codingLines = 0;
        int codeLines = 0;
        ChildJvm child = ChildJvm.start(CodingLoop.class, tmp.resolve("child.err"),
                dir.toString(), "long-interview", "Koordinasi", "2000");
        try {
            assertThat(child.nextLine(60)).as("child stderr:%n%s", child.stderr()).isEqualTo("ready");
            while (codingLines + codeLines < KILL_AFTER_LINES) {
                String line = child.nextLine(60);
                assertThat(line).as("child ended early; stderr:%n%s", child.stderr()).isNotNull();
                if (line.startsWith("coding ")) {
                    codingLines++;
                    assertThat(line).isEqualTo("coding " + codingLines);
                } else {
                    assertThat(line).startsWith("code Loop code ");
                    codeLines++;
                }
            }
        } finally {
            child.kill(); // SIGKILL on Linux: no shutdown hooks, no clean close of H2
        }
        assertThat(child.process().isAlive()).isFalse();
        assertThat(child.process().exitValue()).as("killed, not finished").isNotZero();
        assertThat(codeLines).isGreaterThanOrEqualTo(1);

        try (Project p = Project.open(dir, "crash")) {
            Verification v = p.audit().verify();
            assertThat(v.isIntact()).as("%s", v).isTrue();

            int codings = p.codings().list(null, null).size();
            int codes = p.codebook().tree().size() - 1;
            assertThat(codings).isGreaterThanOrEqualTo(codingLines);
            assertThat(codes).isGreaterThanOrEqualTo(codeLines);

            // each change committed together with its event and its undo entry: no more, no fewer
            List<AuditEvent> events = p.audit().page(0, 100_000);
            assertThat(events.stream().filter(e -> e.action().equals("coding.add")).count()).isEqualTo(codings);
            assertThat(events.stream().filter(e -> e.action().equals("code.create")).count()).isEqualTo(codes + 1);
            assertThat(v.events()).isEqualTo(eventsBefore + codings + codes);
            assertThat(Db.count(dir, "command_history")).isEqualTo(eventsBefore - 1 + codings + codes);
            long memos = Db.count(dir, "memos");
            assertThat(memos).isEqualTo((codings + 9) / 10);

            // the crashed session's work can still be undone, from a fresh process's point of view
            AuditEvent lastEvent = events.get(events.size() - 1);
            Optional<CommandStack.Applied> undone = p.undo();
            assertThat(undone).isPresent();
            assertThat(undone.get().event().action()).isEqualTo("undo");
            assertThat(undone.get().event().entityId()).isEqualTo(lastEvent.entityId());
            if (lastEvent.action().equals("coding.add")) {
                assertThat(p.codings().list(null, null)).hasSize(codings - 1);
            } else {
                assertThat(p.codebook().tree()).hasSize(codes);
            }
            assertThat(p.redo()).isPresent();
            assertThat(p.codings().list(null, null)).hasSize(codings);
            assertThat(p.audit().verify()).isEqualTo(Verification.intact(v.events() + 2));

            // and new work goes on
            p.codings().code("long-interview", "Koordinasi", 5000, 5010, "after the crash");
            assertThat(p.audit().verify().isIntact()).isTrue();
        }
    }
}
