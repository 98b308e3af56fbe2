package org.tematik.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tematik.core.project.Project;
import org.tematik.core.project.UserDataFolder;
import org.tematik.core.server.ConnectionProfiles;
import org.tematik.core.server.ServerAddress;
import org.tematik.core.util.UserException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The `tematik` command: global options and the sub-commands, all thin shells over core services. */
@Command(name = "tematik", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, versionProvider = Version.class,
        description = "Qualitative research coding with a tamper-evident audit trail.",
        subcommands = {InitCommand.class, ImportCommand.class, SourcesCommand.class, TextCommand.class,
                CodesCommand.class, CodeCommand.class, CodingsCommand.class, UndoCommand.class, RedoCommand.class,
                AuditCommand.class, ReviewCommand.class, AgreementCommand.class, BenchCommand.class, MatrixCommand.class,
                CooccurrenceCommand.class, CasesCommand.class, AttributesCommand.class, SearchCommand.class,
                AutocodeCommand.class, ExportCommand.class, ImportProjectCommand.class, MergeCommand.class,
                BackupCommand.class, RestoreCommand.class, PassphraseCommand.class, AnonymiseCommand.class,
                ThemesCommand.class, MapCommand.class, SuggestCommand.class,
                PushCommand.class, PullCommand.class, ConnectionsCommand.class, RolesCommand.class,
                CommandLine.HelpCommand.class})
public final class TematikCli implements Callable<Integer> {
    public static final int OK = 0;
    public static final int USER_ERROR = 1;
    public static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    /** The project folder; null when -p names a server. */
    Path project;
    /** -p as given when it names a team project's server (an address or @profile); resolved on use. */
    String server;

    @Option(names = {"-p", "--project"}, scope = ScopeType.INHERIT, paramLabel = "DIR|URL",
            description = "The project folder, or a team project on a server: postgresql://host:port/db?user=NAME "
                    + "or @PROFILE (see 'connections').")
    void project(String value) {
        boolean remote = value.startsWith(ConnectionProfiles.MARK) || ServerAddress.looksLikeOne(value);
        server = remote ? value : null;
        project = remote ? null : Path.of(value);
    }

    @Option(names = "--user", scope = ScopeType.INHERIT, paramLabel = "NAME",
            description = "Who is making the change (default: your OS user name).")
    String user;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean debug;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /** Where passphrases come from: TEMATIK_PASSPHRASE, else a prompt on the console. */
    Passphrases passphrases = new Passphrases(System::getenv);

    /** Where server passwords come from: PGPASSWORD, else a prompt on the console. */
    ServerPasswords serverPasswords = new ServerPasswords(System::getenv);

    /** Runs the CLI and returns the exit code; output goes to the given writers. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, System::getenv);
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)}, reading environment variables from {@code env}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, java.util.function.UnaryOperator<String> env) {
        TematikCli root = new TematikCli();
        root.passphrases = new Passphrases(env);
        root.serverPasswords = new ServerPasswords(env);
        CommandLine cli = new CommandLine(root);
        // a coder, code or case may be called like a command ("--user bench", "--case import")
        cli.setAllowSubcommandsAsOptionParameters(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UserException) {
                err.println(ex.getMessage());
            } else {
                org.slf4j.LoggerFactory.getLogger(TematikCli.class).error("unexpected error", ex);
                err.println("Unexpected error: " + ex + " (details in " + UserDataFolder.logFile() + ")");
            }
            if (root.debug) {
                ex.printStackTrace(err);
            }
            err.flush();
            return USER_ERROR;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Opens the project named by -p, or says it is required. */
    Project openProject() {
        if (server != null) {
            ServerAddress address = ConnectionProfiles.standard().resolve(server);
            char[] password = serverPasswords.read(address);
            try {
                return Project.openServer(address, password, user(), Project.serverCache(address));
            } finally {
                Passphrases.wipe(password);
            }
        }
        if (project == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--project=DIR'");
        }
        char[] passphrase = Project.isEncrypted(project) ? passphrases.current(project) : null;
        try {
            return Project.open(project, user(), passphrase);
        } finally {
            Passphrases.wipe(passphrase);
        }
    }

    String user() {
        String name = user != null && !user.isBlank() ? user : System.getProperty("user.name", "unknown");
        return name.strip();
    }
}
