package org.tematik.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.core.util.Json;
import org.tematik.testsupport.CliRun;
import org.tematik.testsupport.Db;
import org.tematik.testsupport.Files2;
import org.tematik.testsupport.ProjectCopies;

/**
 * The hash chain over a real project: intact after a mix of changes, undo and redo, and broken in the
 * right place, for the right reason, after each kind of edit made behind the application's back
 * (plain JDBC or H2's Shell, with the project closed).
 */
class AuditTrailTest {
    private static final List<String> ACTIONS = List.of("project.create", "code.create", "code.create",
            "source.import", "coding.add", "code.rename", "coding.add", "undo", "redo");

    @TempDir
    static Path shared;
    static Path pristine;

    @TempDir
    Path tmp;

    /** Nine events by two coders, closed: each test tampers with its own copy. */
    @BeforeAll
    static void buildPristineProject() {
        pristine = shared.resolve("pristine");
        Path file = Files2.write(shared, "wawancara-1.txt", "Pak Budi: koordinasi dengan pusat lambat 😀.\nBu Sari: anggaran terbatas.");
        try (Project alice = Project.init(pristine, "Sister cities", "alice")) {
            alice.codebook().add("Koordinasi", null, "central coordination", "#e69f00");
            alice.codebook().add("Anggaran", null, null, null);
            alice.sources().importFile(file, "interview", "interview");
            alice.codings().code("wawancara-1", "Koordinasi", 0, 8, "first memo");
            alice.codebook().rename("Anggaran", "Anggaran & SDM");
        }
        try (Project bob = Project.open(pristine, "bob")) {
            bob.codings().code("wawancara-1", "Anggaran & SDM", 48, 66, null);
            assertThat(bob.undo()).isPresent();
            assertThat(bob.redo()).isPresent();
        }
    }

    private Path copy() {
        return ProjectCopies.copy(pristine, tmp.resolve("copy"));
    }

    private static Verification verify(Path dir) {
        try (Project p = Project.open(dir, "auditor")) {
            return p.audit().verify();
        }
    }

    @Test
    void intactChainHasOneEventPerChangeInOrder() {
        try (Project p = Project.open(copy(), "auditor")) {
            Verification v = p.audit().verify();
            assertThat(v.isIntact()).isTrue();
            assertThat(v.events()).isEqualTo(9);
            assertThat(v.brokenSeq()).isNull();
            assertThat(v.problemKey()).isNull();
            assertThat(p.audit().count()).isEqualTo(9);

            List<AuditEvent> events = p.audit().page(0, 100);
            assertThat(events).extracting(AuditEvent::action).containsExactlyElementsOf(ACTIONS);
            assertThat(events).extracting(AuditEvent::seq).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
            assertThat(events).extracting(AuditEvent::coder)
                    .containsExactly("alice", "alice", "alice", "alice", "alice", "alice", "bob", "bob", "bob");
        }
    }

    @Test
    void eachEventLinksToThePreviousHash() {
        try (Project p = Project.open(copy(), "auditor")) {
            List<AuditEvent> events = p.audit().page(0, 100);
            String prev = AuditEvent.GENESIS_HASH;
            Instant lastTime = Instant.MIN;
            for (AuditEvent e : events) {
                assertThat(e.prevHash()).as("prev_hash of %d", e.seq()).isEqualTo(prev);
                assertThat(e.hash()).as("hash of %d", e.seq()).isEqualTo(ChainHash.of(e)).matches("[0-9a-f]{64}");
                assertThat(e.time()).isAfterOrEqualTo(lastTime);
                prev = e.hash();
                lastTime = e.time();
            }
            assertThat(Db.query(p.dir(), "SELECT last_seq, last_hash FROM audit_head").get(0))
                    .containsEntry("last_seq", 9L).containsEntry("last_hash", prev);
        }
    }

    @Test
    void pagingReturnsEventsAfterTheGivenSeq() {
        try (Project p = Project.open(copy(), "auditor")) {
            assertThat(p.audit().page(3, 4)).extracting(AuditEvent::seq).containsExactly(4L, 5L, 6L, 7L);
            assertThat(p.audit().page(9, 10)).isEmpty();
        }
    }

    @Test
    void eventsDescribeTheChangeAndUndoRedoReferToTheOriginal() {
        try (Project p = Project.open(copy(), "auditor")) {
            List<AuditEvent> events = p.audit().page(0, 100);
            AuditEvent rename = events.get(5);
            assertThat(rename.entityType()).isEqualTo("code");
            assertThat(rename.summary()).isEqualTo("Renamed code 'Anggaran' to 'Anggaran & SDM'");
            JsonNode data = Json.read(rename.data());
            assertThat(data.get("before").get("name").asText()).isEqualTo("Anggaran");
            assertThat(data.get("after").get("name").asText()).isEqualTo("Anggaran & SDM");

            AuditEvent coded = events.get(4);
            assertThat(coded.summary()).isEqualTo("Coded 'Pak Budi' in 'wawancara-1' as 'Koordinasi'");
            assertThat(Json.read(coded.data()).get("after").get("memo").asText()).isEqualTo("first memo");

            AuditEvent undo = events.get(7);
            assertThat(undo.entityId()).isEqualTo(events.get(6).entityId());
            assertThat(undo.summary()).startsWith("Undo: Coded ");
            JsonNode undoData = Json.read(undo.data());
            assertThat(undoData.get("op").asText()).isEqualTo("coding.remove");
            assertThat(undoData.get("undoes").asLong()).isEqualTo(7);
            JsonNode redoData = Json.read(events.get(8).data());
            assertThat(redoData.get("op").asText()).isEqualTo("coding.add");
            assertThat(redoData.get("redoes").asLong()).isEqualTo(7);
        }
    }

    static Stream<Arguments> edits() {
        return Stream.of(
                Arguments.of("summary", "UPDATE audit_events SET summary = 'Created code ''Nothing''' WHERE seq = 3", 3L),
                Arguments.of("data", "UPDATE audit_events SET data = '{}' WHERE seq = 4", 4L),
                Arguments.of("coder", "UPDATE audit_events SET coder = 'mallory' WHERE seq = 5", 5L),
                Arguments.of("time", "UPDATE audit_events SET occurred_at = occurred_at + INTERVAL '1' SECOND WHERE seq = 6", 6L),
                Arguments.of("time by a microsecond",
                        "UPDATE audit_events SET occurred_at = occurred_at + INTERVAL '0.000001' SECOND WHERE seq = 6", 6L),
                Arguments.of("action", "UPDATE audit_events SET action = 'code.delete' WHERE seq = 2", 2L),
                Arguments.of("entity", "UPDATE audit_events SET entity_id = 'x' WHERE seq = 7", 7L),
                Arguments.of("first event", "UPDATE audit_events SET summary = 'Created project ''Other''' WHERE seq = 1", 1L),
                Arguments.of("last event", "UPDATE audit_events SET coder = 'alice' WHERE seq = 9", 9L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void changedRowIsFoundAtItsSeq(String what, String sql, long seq) {
        Path dir = copy();
        assertThat(Db.update(dir, sql)).isEqualTo(1);
        Verification v = verify(dir);
        assertThat(v.isIntact()).isFalse();
        assertThat(v.brokenSeq()).isEqualTo(seq);
        assertThat(v.problemKey()).isEqualTo("audit.verify.changed");
        assertThat(v.events()).isEqualTo(seq - 1);
    }

    @Test
    void deletedMiddleRowIsMissing() {
        Path dir = copy();
        Db.update(dir, "DELETE FROM command_history WHERE audit_seq = 5"); // the undo entry points at it
        assertThat(Db.update(dir, "DELETE FROM audit_events WHERE seq = 5")).isEqualTo(1);
        Verification v = verify(dir);
        assertThat(v.brokenSeq()).isEqualTo(5L);
        assertThat(v.problemKey()).isEqualTo("audit.verify.missing");
    }

    @Test
    void deletedFirstRowIsMissing() {
        Path dir = copy();
        assertThat(Db.update(dir, "DELETE FROM audit_events WHERE seq = 1")).isEqualTo(1);
        Verification v = verify(dir);
        assertThat(v.brokenSeq()).isEqualTo(1L);
        assertThat(v.problemKey()).isEqualTo("audit.verify.missing");
    }

    @Test
    void deletedLastRowsAreTruncation() {
        Path dir = copy();
        assertThat(Db.update(dir, "DELETE FROM audit_events WHERE seq >= 8")).isEqualTo(2);
        Verification v = verify(dir);
        assertThat(v.brokenSeq()).isEqualTo(8L);
        assertThat(v.problemKey()).isEqualTo("audit.verify.truncated");
        assertThat(v.events()).isEqualTo(7);
    }

    @Test
    void deletedLastRowIsTruncation() {
        Path dir = copy();
        assertThat(Db.update(dir, "DELETE FROM audit_events WHERE seq = 9")).isEqualTo(1);
        Verification v = verify(dir);
        assertThat(v.brokenSeq()).isEqualTo(9L);
        assertThat(v.problemKey()).isEqualTo("audit.verify.truncated");
    }

    @Test
    void rowRewrittenWithAFreshHashBreaksTheNextLink() {
        Path dir = copy();
        AuditEvent e3 = eventAt(dir, 3);
        String forged = ChainHash.of(e3.prevHash(), 3, e3.time(), e3.coder(), e3.action(), e3.entityType(),
                e3.entityId(), "Created code 'Something else'", e3.data());
        Db.update(dir, "UPDATE audit_events SET summary = 'Created code ''Something else''', hash = ? WHERE seq = 3", forged);
        Verification v = verify(dir);
        assertThat(v.brokenSeq()).isEqualTo(4L);
        assertThat(v.problemKey()).isEqualTo("audit.verify.link");
        assertThat(v.events()).isEqualTo(3);
    }

    @Test
    void changedPrevHashIsABrokenLink() {
        Path dir = copy();
        Db.update(dir, "UPDATE audit_events SET prev_hash = ? WHERE seq = 6", "f".repeat(64));
        Verification v = verify(dir);
        assertThat(v.brokenSeq()).isEqualTo(6L);
        assertThat(v.problemKey()).isEqualTo("audit.verify.link");
    }

    @Test
    void h2ShellEditIsCaughtByTheCli() throws Exception {
        Path dir = copy();
        CliRun before = CliRun.in(dir, "auditor", "audit", "verify");
        assertThat(before.exit()).as(before.toString()).isZero();
        assertThat(before.out().strip()).isEqualTo("audit trail intact: 9 events");

        new org.h2.tools.Shell().runTool("-url", "jdbc:h2:file:" + dir.resolve("project"), "-user", "sa",
                "-password", "", "-sql", "UPDATE audit_events SET summary='x' WHERE seq=3");

        CliRun after = CliRun.in(dir, "auditor", "audit", "verify");
        assertThat(after.exit()).as(after.toString()).isEqualTo(1);
        assertThat(after.out()).isEmpty();
        assertThat(after.errLines()).containsExactly(
                "audit trail broken at event 3: " + Messages.tr("audit.verify.changed"));
        Verification v = verify(dir);
        assertThat(v.brokenSeq()).isEqualTo(3L);
        assertThat(v.problemKey()).isEqualTo("audit.verify.changed");
    }

    @Test
    void newChangesAfterReopeningExtendTheSameChain() {
        Path dir = copy();
        try (Project p = Project.open(dir, "carol")) {
            UUID id = p.codebook().add("Kepemimpinan", null, null, null).id();
            AuditEvent last = p.audit().page(9, 10).get(0);
            assertThat(last.seq()).isEqualTo(10);
            assertThat(last.entityId()).isEqualTo(id.toString());
            assertThat(last.prevHash()).isEqualTo(p.audit().page(8, 1).get(0).hash());
            assertThat(p.audit().verify()).isEqualTo(Verification.intact(10));
        }
    }

    /**
     * Verifying while the same process keeps changing the project (a GUI verifies while a background import
     * runs) must never report a broken trail: verification reads one consistent snapshot of the chain.
     */
    @Test
    void verifyDuringConcurrentChangesNeverRaisesAFalseAlarm() throws Exception {
        try (Project p = Project.open(copy(), "alice")) {
            java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
            java.util.concurrent.atomic.AtomicReference<Throwable> writerFailure = new java.util.concurrent.atomic.AtomicReference<>();
            Thread writer = new Thread(() -> {
                try {
                    for (int i = 0; i < 300; i++) {
                        p.codebook().add("Kode " + i, null, null, null);
                    }
                } catch (Throwable t) {
                    writerFailure.set(t);
                } finally {
                    done.set(true);
                }
            }, "writer");
            writer.start();
            List<Verification> alarms = new java.util.ArrayList<>();
            int runs = 0;
            while (!done.get() || runs < 50) {
                Verification v = p.audit().verify();
                runs++;
                if (!v.isIntact()) {
                    alarms.add(v);
                }
            }
            writer.join(120_000);
            assertThat(writerFailure.get()).as("the writer was never blocked or refused").isNull();
            assertThat(alarms).as("false alarms in %d verifications", runs).isEmpty();
            assertThat(p.audit().verify()).isEqualTo(Verification.intact(309));
        }
    }

    private static AuditEvent eventAt(Path dir, long seq) {
        try (Project p = Project.open(dir, "auditor")) {
            return p.audit().page(seq - 1, 1).get(0);
        }
    }
}
