package org.tematik.core.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.tematik.core.server.ServerAddress;
import org.tematik.core.util.UserException;

/**
 * The embedded H2 database of one project: opens it, migrates it with Flyway, hands out Jdbi.
 * It opens an H2 file (the default) or a team project on PostgreSQL ({@link #openServer}); what
 * differs between the two lives in {@link Dialect}.
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "project.mv.db";

    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    private final Dialect dialect;
    private final int migrationsApplied;

    private Database(JdbcConnectionPool pool, Dialect dialect, int migrationsApplied) {
        this.pool = pool;
        this.dialect = dialect;
        this.migrationsApplied = migrationsApplied;
        this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin()).registerArgument(new InstantAsUtc());
        dialect.configure(jdbi);
    }

    /**
     * Binds instants as UTC date-times. Jdbi's default binds a java.sql.Timestamp, which is turned into
     * local wall-clock time: in the hour repeated when daylight saving ends, an instant was stored an
     * hour early, and the audit event written then no longer matched its hash.
     */
    private static final class InstantAsUtc extends AbstractArgumentFactory<Instant> {
        InstantAsUtc() {
            super(Types.TIMESTAMP_WITH_TIMEZONE);
        }

        @Override
        protected Argument build(Instant value, ConfigRegistry config) {
            return (position, statement, ctx) -> statement.setObject(position, value.atOffset(ZoneOffset.UTC));
        }
    }

    /**
     * Opens (creating if asked) and migrates. WRITE_DELAY=0 makes every commit reach the file at once,
     * so a killed process loses nothing it reported as done.
     */
    public static Database open(Path projectDir) {
        return open(projectDir, null);
    }

    /**
     * As {@link #open(Path)}; with a file password the file is AES-encrypted (H2 CIPHER=AES). H2 takes
     * "filePassword userPassword" in one string; the user password stays empty.
     */
    public static Database open(Path projectDir, char[] filePassword) {
        String url = "jdbc:h2:file:" + projectDir.toAbsolutePath().resolve("project") + ";WRITE_DELAY=0"
                + (filePassword == null ? "" : ";CIPHER=AES");
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", filePassword == null ? "" : new String(filePassword) + " ");
        return migrated(pool, Dialect.H2, projectDir);
    }

    /**
     * Connects to a team project on a PostgreSQL server and migrates it with the same migrations.
     * The password is used for this connection pool only; it is never stored or logged.
     */
    public static Database openServer(ServerAddress address, char[] password) {
        org.postgresql.ds.PGConnectionPoolDataSource source = new org.postgresql.ds.PGConnectionPoolDataSource();
        source.setServerNames(new String[] {address.host()});
        source.setPortNumbers(new int[] {address.port()});
        source.setDatabaseName(address.database());
        source.setUser(address.user());
        source.setPassword(password == null ? null : new String(password));
        source.setApplicationName("Tematik");
        source.setConnectTimeout(10);
        return migrated(JdbcConnectionPool.create(source), Dialect.POSTGRESQL, address);
    }

    private static Database migrated(JdbcConnectionPool pool, Dialect dialect, Object where) {
        pool.setMaxConnections(8);
        int applied;
        try {
            pool.getConnection().close(); // fail here, with a clear message, rather than on first use
            if (storedSchemaVersion(pool) > SCHEMA_VERSION) {
                // Flyway would ignore migrations it does not know, and this build would write into a newer schema
                throw new UserException("project.error.newer", where);
            }
            applied = Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate().migrationsExecuted;
            ParagraphMaps.moveRows(pool);
        } catch (SQLException e) {
            pool.dispose();
            throw dialect.translate(e, where);
        } catch (UserException e) {
            pool.dispose();
            throw e;
        } catch (FlywayException e) {
            pool.dispose();
            SQLException sql = findSql(e);
            throw sql != null ? dialect.translate(sql, where) : new UserException(e, "project.error.migrate", where, e.getMessage());
        }
        return new Database(pool, dialect, applied);
    }

    /** How many migrations this open applied: a team project then has tables its roles hold no privileges on yet. */
    public int migrationsApplied() {
        return migrationsApplied;
    }

    /** The highest schema version this build's migrations reach (a test keeps it equal to the newest V file). */
    public static final int SCHEMA_VERSION = 15;

    /**
     * The newest migration recorded in the project, 0 for a new file. Read with plain JDBC because
     * asking Flyway (info()) costs a sixth of a second on every start.
     */
    private static int storedSchemaVersion(JdbcConnectionPool pool) throws SQLException {
        try (Connection c = pool.getConnection();
             ResultSet tables = c.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
            if (!tables.next()) {
                return 0;
            }
            int newest = 0;
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
                while (rs.next()) {
                    newest = Math.max(newest, majorVersion(rs.getString(1)));
                }
            }
            return newest;
        }
    }

    private static int majorVersion(String version) {
        String major = version.split("[._]")[0];
        return major.chars().allMatch(Character::isDigit) && !major.isEmpty() ? Integer.parseInt(major) : 0;
    }

    /**
     * Rewrites the closed project's file without free space (H2 {@code SHUTDOWN COMPACT}). With
     * WRITE_DELAY=0 H2 runs no background compaction, so bulk work such as generating a benchmark
     * project leaves the file several times larger than its data.
     */
    public static void compact(Path projectDir) {
        String url = "jdbc:h2:file:" + projectDir.toAbsolutePath().resolve("project");
        try (Connection c = java.sql.DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw Dialect.H2.translate(e, projectDir);
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Dialect dialect() {
        return dialect;
    }

    @Override
    public void close() {
        pool.dispose();
    }

    private static SQLException findSql(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
