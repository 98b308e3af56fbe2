package org.tematik.core.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tematik.testsupport.BaseProject.INTERVIEW;
import static org.tematik.testsupport.BaseProject.INTERVIEW_TEXT;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.audit.AuditEvent;
import org.tematik.core.codebook.Code;
import org.tematik.core.project.Project;
import org.tematik.core.source.Source;
import org.tematik.core.server.ServerAddress;
import org.tematik.core.util.Json;
import org.tematik.testsupport.ChildJvm;
import org.tematik.testsupport.Files2;
import org.tematik.testsupport.Postgres;
import org.tematik.testsupport.ServerCoder;

/**
 * Several coders on one server project at once: each client has its own connections (three in this
 * JVM, one in a child JVM), appends are serialised by the chain-head row lock in the database, and the
 * chain must come out linear, complete and verified.
 */
class ConcurrentCodersTest {
    private static final int PER_CLIENT = 500;

    @TempDir
    Path tmp;

    private ServerAddress project() {
        ServerAddress address = Postgres.freshDatabase();
        try (Project p = Project.initServer(address, null, "Tim", "lead", tmp.resolve("cache-lead"))) {
            p.sources().importFile(Files2.write(tmp.resolve("in"), INTERVIEW + ".txt", INTERVIEW_TEXT), "interview", null);
            p.codebook().add("Koordinasi", null, null, null);
            for (int i = 1; i <= 4; i++) {
                p.codebook().add("K" + i, null, null, null); // one code per coder, so no two codings coincide
            }
        }
        return address;
    }

    @Test
    void fourClientsCodingAtOnceLoseNothingAndTheChainStaysLinear() throws Exception {
        ServerAddress address = project();
        List<Project> clients = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            clients.add(Project.openServer(address, null, "coder" + i, tmp.resolve("cache" + i)));
        }
        ChildJvm child = ChildJvm.start(ServerCoder.class, tmp.resolve("child.err"), address.toString(), "coder4",
                tmp.resolve("cache4").toString(), INTERVIEW, "K4", Integer.toString(PER_CLIENT));
        assertThat(child.nextLine(60)).as(child.stderr()).isEqualTo("ready");
        CyclicBarrier start = new CyclicBarrier(clients.size());
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        List<Future<List<UUID>>> made = new ArrayList<>();
        try {
            for (Project client : clients) {
                made.add(pool.submit(() -> codeMany(client, "K" + client.coder().substring(5), start)));
            }
            // a supervisor verifying while everyone codes sees one consistent snapshot: never a false alarm
            try (Project supervisor = Project.openServer(address, null, "supervisor", tmp.resolve("cache-s"))) {
                int verified = 0;
                while (made.stream().anyMatch(f -> !f.isDone()) || verified == 0) {
                    assertThat(supervisor.audit().verify().isIntact()).isTrue();
                    verified++;
                    Thread.sleep(500); // a few checks spread over the run; back to back they would starve the coders

                }
            }
            Set<UUID> committed = new HashSet<>();
            for (Future<List<UUID>> f : made) {
                committed.addAll(f.get());
            }
            for (String line = child.nextLine(120); !"done".equals(line); line = child.nextLine(120)) {
                assertThat(line).as(child.stderr()).startsWith("coding ");
                committed.add(UUID.fromString(line.substring(7)));
            }
            assertThat(committed).hasSize(4 * PER_CLIENT);

            Project any = clients.get(0);
            Set<UUID> stored = new HashSet<>();
            for (int i = 1; i <= 4; i++) {
                List<UUID> ids = any.codings().list("K" + i, null).stream().map(v -> v.coding().id()).toList();
                assertThat(ids).as("codings of coder" + i).hasSize(PER_CLIENT);
                stored.addAll(ids);
            }
            assertThat(stored).isEqualTo(committed);
            assertThat(any.audit().verify().isIntact()).isTrue();
            List<AuditEvent> events = any.audit().page(0, 10_000);
            assertThat(events).extracting(AuditEvent::seq).containsExactlyElementsOf(
                    java.util.stream.LongStream.rangeClosed(1, events.size()).boxed().toList());
            Map<String, Long> byCoder = events.stream().filter(e -> e.action().equals("coding.add"))
                    .collect(Collectors.groupingBy(AuditEvent::coder, Collectors.counting()));
            assertThat(byCoder).containsOnlyKeys("coder1", "coder2", "coder3", "coder4")
                    .allSatisfy((coder, n) -> assertThat(n).isEqualTo(PER_CLIENT));
            assertThat(switches(events)).as("the clients really interleaved").isGreaterThan(10);
            assertThat(any.supervision().reconciler().reconcile()).isEmpty();
        } finally {
            pool.shutdownNow();
            child.close();
            clients.forEach(Project::close);
        }
    }

    @Test
    void aClientKilledMidWorkLosesNothingCommittedAndDoesNotBlockTheOthers() throws Exception {
        ServerAddress address = project();
        Set<UUID> committed = new HashSet<>();
        ChildJvm child = ChildJvm.start(ServerCoder.class, tmp.resolve("child.err"), address.toString(), "victim",
                tmp.resolve("cache-v").toString(), INTERVIEW, "Koordinasi", "100000");
        try {
            assertThat(child.nextLine(60)).as(child.stderr()).isEqualTo("ready");
            while (committed.size() < 40) {
                String line = child.nextLine(60);
                assertThat(line).as(child.stderr()).startsWith("coding ");
                committed.add(UUID.fromString(line.substring(7)));
            }
            child.kill(); // SIGKILL while it is coding: most likely inside a transaction holding the chain head
        } finally {
            child.close();
        }
        for (String line = child.nextLine(1); line != null; line = child.nextLine(1)) {
            committed.add(UUID.fromString(line.substring(7))); // printed before the kill, read after it
        }
        try (Project p = Project.openServer(address, null, "survivor", tmp.resolve("cache-s"))) {
            Set<UUID> stored = p.codings().list("Koordinasi", null).stream().map(v -> v.coding().id()).collect(Collectors.toSet());
            assertThat(stored).containsAll(committed);
            assertThat(stored.size() - committed.size()).as("at most the one committed but not yet printed").isLessThanOrEqualTo(1);
            assertThat(p.audit().verify().isIntact()).isTrue();
            // the dead client's lock went with its connection: the chain head is free
            p.codings().code(INTERVIEW, "Koordinasi", 0, 3, null);
            assertThat(p.audit().verify().isIntact()).isTrue();
        }
    }

    @Test
    void aClientKilledWhileHoldingTheChainHeadLeavesNothingHalfWrittenAndFreesTheLock() throws Exception {
        ServerAddress address = project();
        long events;
        try (Project p = Project.openServer(address, null, "ana", tmp.resolve("cache-a"))) {
            events = p.audit().count();
        }
        ChildJvm child = ChildJvm.start(org.tematik.testsupport.HeldTransaction.class, tmp.resolve("held.err"), address.toString());
        try {
            assertThat(child.nextLine(60)).as(child.stderr()).isEqualTo("holding");
            child.kill();
        } finally {
            child.close();
        }
        try (Project p = Project.openServer(address, null, "ana", tmp.resolve("cache-a"))) {
            p.codings().code(INTERVIEW, "Koordinasi", 0, 4, null); // would wait forever if the lock had survived
            assertThat(Postgres.count(address, "SELECT COUNT(*) FROM coders WHERE name = 'half-written'")).isZero();
            assertThat(p.audit().count()).isEqualTo(events + 1);
            assertThat(p.audit().verify().isIntact()).isTrue();
        }
    }

    @Test
    void twoCodersRenamingOneCodeAtOnceEndDeterministicallyAndBothAreAudited() throws Exception {
        ServerAddress address = project();
        try (Project ana = Project.openServer(address, null, "ana", tmp.resolve("c-ana"));
             Project budi = Project.openServer(address, null, "budi", tmp.resolve("c-budi"))) {
            Code code = ana.codebook().resolve("Koordinasi");
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<?> a = pool.submit(() -> rename(ana, code, "Koordinasi pusat", start));
                Future<?> b = pool.submit(() -> rename(budi, code, "Koordinasi antarlembaga", start));
                a.get();
                b.get();
            } finally {
                pool.shutdownNow();
            }
            List<AuditEvent> renames = ana.audit().page(0, 1000).stream().filter(e -> e.action().equals("code.rename")).toList();
            assertThat(renames).hasSize(2).extracting(AuditEvent::coder).containsExactlyInAnyOrder("ana", "budi");
            Function<AuditEvent, String> before = e -> Json.read(e.data()).path("before").path("name").asText();
            Function<AuditEvent, String> after = e -> Json.read(e.data()).path("after").path("name").asText();
            // serialised by the database: the later change saw the earlier one, and the later one wins
            assertThat(before.apply(renames.get(0))).isEqualTo("Koordinasi");
            assertThat(before.apply(renames.get(1))).isEqualTo(after.apply(renames.get(0)));
            assertThat(budi.codebook().find(code.id()).name()).isEqualTo(after.apply(renames.get(1)));
            assertThat(ana.supervision().codeHistory()).isNotNull();
            assertThat(ana.audit().verify().isIntact()).isTrue();
        }
    }

    private static Void rename(Project client, Code code, String name, CyclicBarrier start) throws Exception {
        start.await();
        client.history().execute(new org.tematik.core.codebook.RenameCode(code.id(), name), client.coder());
        return null;
    }

    private static List<UUID> codeMany(Project client, String code, CyclicBarrier start) throws Exception {
        Source source = client.sources().resolve(INTERVIEW); // 160 code points: spans stay inside
        UUID codeId = client.codebook().resolve(code).id();
        start.await();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < PER_CLIENT; i++) {
            ids.add(client.codings().code(source.id(), codeId, i % 100, i % 100 + 1 + i / 100, null));
        }
        return ids;
    }

    /** How often the coder changes from one event to the next. */
    private static int switches(List<AuditEvent> events) {
        int n = 0;
        for (int i = 1; i < events.size(); i++) {
            n += events.get(i).coder().equals(events.get(i - 1).coder()) ? 0 : 1;
        }
        return n;
    }
}
