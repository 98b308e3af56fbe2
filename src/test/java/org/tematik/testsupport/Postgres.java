package org.tematik.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.tematik.core.server.ServerAddress;

/**
 * One real PostgreSQL server for the whole test JVM (starting one takes seconds), from the zonky
 * binaries on the test classpath; every test takes a fresh database on it. Stopped at JVM exit.
 */
public final class Postgres {
    /** The embedded server's superuser; it trusts local connections, any password is accepted. */
    public static final String SUPERUSER = "postgres";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private Postgres() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().setServerConfig("max_connections", "200")
                        // the tests kill clients, never the server: durability across a server crash is PostgreSQL's
                        // own business, and without fsync the suite stays fast on a shared disk
                        .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off").start();
            } catch (IOException e) {
                throw new IllegalStateException("embedded PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is ending anyway
                }
            }));
        }
        return server;
    }

    public static int port() {
        return server().getPort();
    }

    /** A new, empty database; its address names the superuser. */
    public static ServerAddress freshDatabase() {
        String name = "t" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return address(name, SUPERUSER);
    }

    public static ServerAddress address(String database, String user) {
        return ServerAddress.parse("postgresql://localhost:" + port() + "/" + database + "?user=" + user);
    }

    /** Plain JDBC as the superuser, behind the application's back. */
    public static Connection connect(ServerAddress address) throws SQLException {
        return server().getDatabase(SUPERUSER, address.database()).getConnection();
    }

    public static void execute(ServerAddress address, String sql) {
        try (Connection c = connect(address); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static long count(ServerAddress address, String sql) {
        try (Connection c = connect(address); Statement st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
