package org.tematik.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.tematik.core.i18n.Messages;
import org.tematik.core.util.UserException;

/**
 * Reads passphrases for encrypted projects: from the environment (for scripts) or by a prompt on the
 * console that does not echo. Never from a command-line option, which would land in shell history.
 */
final class Passphrases {
    static final String ENV = "TEMATIK_PASSPHRASE";
    static final String ENV_NEW = "TEMATIK_NEW_PASSPHRASE";

    private final UnaryOperator<String> env;

    Passphrases(UnaryOperator<String> env) {
        this.env = env;
    }

    /** The passphrase of an existing project. */
    char[] current(Path project) {
        return read(ENV, Messages.tr("passphrase.prompt", project), false);
    }

    /** A passphrase being chosen (init --encrypt): asked twice on the console, since a typo would lock the user out. */
    char[] chosen() {
        return read(ENV, Messages.tr("passphrase.prompt.new"), true);
    }

    /** The replacement passphrase of {@code passphrase change}. */
    char[] replacement() {
        return read(ENV_NEW, Messages.tr("passphrase.prompt.new"), true);
    }

    /** The passphrase that seals (asked twice) or opens a pseudonym mapping of a plain project. */
    char[] mapping(boolean confirm) {
        return read(ENV, Messages.tr(confirm ? "anonymise.prompt.new" : "anonymise.prompt"), confirm);
    }

    private char[] read(String variable, String prompt, boolean confirm) {
        String fromEnv = env.apply(variable);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new UserException("passphrase.error.noConsole", variable);
        }
        char[] first = console.readPassword("%s", prompt);
        if (first == null) {
            throw new UserException("passphrase.error.noConsole", variable);
        }
        if (confirm) {
            char[] again = console.readPassword("%s", Messages.tr("passphrase.prompt.again"));
            boolean same = Arrays.equals(first, again);
            wipe(again);
            if (!same) {
                wipe(first);
                throw new UserException("passphrase.error.mismatch");
            }
        }
        return first;
    }

    static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
