package org.tematik.core.storage;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.tematik.core.util.UserException;

/**
 * The embedded H2 database of one project: opens it, migrates it with Flyway, hands out Jdbi.
 * This is the one class that knows H2 (URL, error codes), so a PostgreSQL store can sit beside it.
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "project.mv.db";
    /** H2: "Database may be already in use" (the file lock is held by another process). */
    private static final int H2_DATABASE_IN_USE = 90020;
    private static final int H2_FILE_CORRUPTED = 90030;

    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;

    private Database(JdbcConnectionPool pool) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin()).registerArgument(new InstantAsUtc());
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
        String url = "jdbc:h2:file:" + projectDir.toAbsolutePath().resolve("project") + ";WRITE_DELAY=0";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(8);
        try {
            pool.getConnection().close(); // fail here, with a clear message, rather than on first use
            Flyway flyway = Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load();
            if (Arrays.stream(flyway.info().applied()).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                    || m.getState() == MigrationState.FUTURE_FAILED)) {
                // Flyway would ignore migrations it does not know, and this build would write into a newer schema
                throw new UserException("project.error.newer", projectDir);
            }
            flyway.migrate();
        } catch (SQLException e) {
            pool.dispose();
            throw translate(e, projectDir);
        } catch (UserException e) {
            pool.dispose();
            throw e;
        } catch (FlywayException e) {
            pool.dispose();
            SQLException sql = findSql(e);
            throw sql != null ? translate(sql, projectDir) : new UserException(e, "project.error.migrate", projectDir, e.getMessage());
        }
        return new Database(pool);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public void close() {
        pool.dispose();
    }

    private static UserException translate(SQLException e, Path projectDir) {
        return switch (e.getErrorCode()) {
            case H2_DATABASE_IN_USE -> new UserException(e, "project.error.locked", projectDir);
            case H2_FILE_CORRUPTED -> new UserException(e, "project.error.corrupt", projectDir);
            default -> new UserException(e, "project.error.open", projectDir, e.getMessage());
        };
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
