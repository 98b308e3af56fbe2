package org.tematik.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.tematik.core.project.Project;
import org.tematik.core.server.ServerAddress;
import org.tematik.core.source.Source;

/**
 * Codings per second on a team project with 1, 4 and 8 clients coding at once against a local
 * PostgreSQL (default durability: fsync on), and the latency one coder sees per coding. Each client
 * has its own Project (own connections), as separate Tematik windows would. Not a test: run by hand,
 * see docs/performance.md, "Team projects on PostgreSQL".
 */
public final class ServerThroughput {
    private ServerThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int perClient = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        // "nosync" separates the cost of flushing each commit to disk from the rest
        boolean noSync = args.length > 1 && args[1].equals("nosync");
        Path tmp = Files.createTempDirectory("tematik-server-bench");
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (noSync) {
            builder.setServerConfig("synchronous_commit", "off");
        }
        try (EmbeddedPostgres pg = builder.start()) {
            System.out.println("PostgreSQL " + version(pg) + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
                    + perClient + " codings per client" + (noSync ? ", synchronous_commit=off" : ""));
            for (int clients : new int[] {1, 4, 8}) {
                run(pg, tmp, clients, perClient);
            }
        }
    }

    private static void run(EmbeddedPostgres pg, Path tmp, int clients, int perClient) throws Exception {
        String db = "bench" + clients;
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + db);
        }
        ServerAddress address = ServerAddress.parse("postgresql://localhost:" + pg.getPort() + "/" + db + "?user=postgres");
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 200_000; i++) {
            text.append("Paragraph ").append(i).append(": Koordinasi dengan pusat sangat lambat; the mayor changed.\n");
        }
        Path file = Files.writeString(tmp.resolve(db + ".txt"), text);
        List<Project> projects = new ArrayList<>();
        try (Project lead = Project.initServer(address, null, "bench", "lead", tmp.resolve(db + "-lead"))) {
            lead.sources().importFile(file, "interview", null);
            for (int i = 0; i < clients; i++) {
                lead.codebook().add("Code " + i, null, null, null);
            }
        }
        for (int i = 0; i < clients; i++) {
            projects.add(Project.openServer(address, null, "coder" + i, tmp.resolve(db + "-" + i)));
        }
        CyclicBarrier start = new CyclicBarrier(clients + 1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> results = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Project p = projects.get(i);
            String code = "Code " + i;
            results.add(pool.submit(() -> codeMany(p, code, perClient, start)));
        }
        start.await();
        long begin = System.nanoTime();
        List<Long> all = new ArrayList<>();
        for (Future<long[]> f : results) {
            Arrays.stream(f.get()).forEach(all::add);
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        pool.shutdown();
        all.sort(null);
        boolean intact = projects.get(0).audit().verify().isIntact();
        System.out.printf("%d client(s): %d codings in %.2f s = %.0f codings/s; latency median %.1f ms, p95 %.1f ms, max %.1f ms; chain intact=%s%n",
                clients, all.size(), seconds, all.size() / seconds, all.get(all.size() / 2) / 1e6,
                all.get((int) (all.size() * 0.95)) / 1e6, all.get(all.size() - 1) / 1e6, intact);
        projects.forEach(Project::close);
    }

    private static long[] codeMany(Project p, String code, int count, CyclicBarrier start) throws Exception {
        Source source = p.sources().list().get(0);
        UUID codeId = p.codebook().resolve(code).id();
        for (int i = 0; i < 20; i++) { // warm-up, not measured
            p.codings().code(source.id(), codeId, 100_000 + i * 10, 100_000 + i * 10 + 5, null);
        }
        start.await();
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            long t = System.nanoTime();
            p.codings().code(source.id(), codeId, i * 37, i * 37 + 25, null);
            nanos[i] = System.nanoTime() - t;
        }
        return nanos;
    }

    private static String version(EmbeddedPostgres pg) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement();
             var rs = st.executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
