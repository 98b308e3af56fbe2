package org.tematik.cli;

import java.io.Console;
import java.util.function.UnaryOperator;
import org.tematik.core.i18n.Messages;
import org.tematik.core.server.ServerAddress;

/**
 * The password of a server login: from PGPASSWORD (PostgreSQL's own variable, for scripts), else a
 * prompt on the console that does not echo. Without either, none is sent: the server may trust the
 * connection, or the driver finds one in the user's ~/.pgpass. It is never saved or logged, and never
 * an option (which would land in shell history). No OS keyring is used.
 */
final class ServerPasswords {
    static final String ENV = "PGPASSWORD";
    private final UnaryOperator<String> env;

    ServerPasswords(UnaryOperator<String> env) {
        this.env = env;
    }

    char[] read(ServerAddress address) {
        String fromEnv = env.apply(ENV);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        Console console = System.console();
        return console == null ? null : console.readPassword("%s", Messages.tr("server.prompt.password", address));
    }
}
