package org.tematik.core.storage;

import java.sql.SQLException;
import java.sql.Types;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.Arguments;
import org.jdbi.v3.core.argument.NullArgument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.tematik.core.util.UserException;

/**
 * The one place where H2 and PostgreSQL differ for Tematik. The migrations and the DAOs are the same
 * portable SQL on both (PostgresSchemaTest runs every migration on a real PostgreSQL); what is left
 * is how errors are told apart and which features only one of them has.
 */
public enum Dialect {
    /** The default: one embedded database file in the project folder. */
    H2,
    /** A team project on a shared server. */
    POSTGRESQL;

    /** H2: "Database may be already in use" (the file lock is held by another process). */
    private static final int H2_DATABASE_IN_USE = 90020;
    private static final int H2_FILE_CORRUPTED = 90030;
    /** H2: "Encryption error in file" — the file password (derived from the passphrase) does not fit. */
    private static final int H2_WRONG_FILE_PASSWORD = 90049;

    /**
     * Binds what the two servers type differently. PostgreSQL refuses a UUID column set to a NULL typed
     * as VARCHAR (Jdbi's default for a null UUID), so there a null is sent with no type (Types.OTHER)
     * and the server infers it from the column.
     */
    void configure(Jdbi jdbi) {
        if (this == POSTGRESQL) {
            jdbi.registerArgument(new UuidAsOther());
            jdbi.getConfig(Arguments.class).setUntypedNullArgument(new NullArgument(Types.OTHER));
        }
    }

    private static final class UuidAsOther extends AbstractArgumentFactory<UUID> {
        UuidAsOther() {
            super(Types.OTHER);
        }

        @Override
        protected Argument build(UUID value, ConfigRegistry config) {
            return (position, statement, ctx) -> statement.setObject(position, value);
        }
    }

    /** H2 zips its open file (BACKUP TO); a server is backed up by its administrator (pg_dump). */
    public boolean hasOnlineBackup() {
        return this == H2;
    }

    /** A user-facing error for a failure to open or use the database at {@code where} (a folder or an address). */
    public UserException translate(SQLException e, Object where) {
        return this == H2 ? translateH2(e, where) : translatePostgres(e, where);
    }

    private static UserException translateH2(SQLException e, Object where) {
        return switch (e.getErrorCode()) {
            case H2_DATABASE_IN_USE -> new UserException(e, "project.error.locked", where);
            case H2_FILE_CORRUPTED -> new UserException(e, "project.error.corrupt", where);
            case H2_WRONG_FILE_PASSWORD -> new UserException(e, "project.error.passphrase", where);
            default -> new UserException(e, "project.error.open", where, e.getMessage());
        };
    }

    /** By SQLSTATE, which PostgreSQL documents (Appendix A, "PostgreSQL Error Codes"). */
    private static UserException translatePostgres(SQLException e, Object where) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("28P01") || state.equals("28000")) {
            return new UserException(e, "server.error.login", where);
        }
        if (state.equals("3D000")) {
            return new UserException(e, "server.error.noDatabase", where);
        }
        if (state.equals("42501")) {
            return new UserException(e, "server.error.denied", where);
        }
        if (state.startsWith("08")) {
            return new UserException(e, "server.error.connect", where, e.getMessage());
        }
        return new UserException(e, "project.error.open", where, e.getMessage());
    }

    /** True when the server refused a statement for lack of privilege (a reviewer coding, say). */
    public static boolean isPermissionDenied(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql && "42501".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
