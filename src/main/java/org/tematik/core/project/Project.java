package org.tematik.core.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tematik.core.agreement.AdoptCodings;
import org.tematik.core.agreement.AgreementService;
import org.tematik.core.agreement.CommentOnDisagreement;
import org.tematik.core.agreement.RemoveDisagreementComment;
import org.tematik.core.audit.AuditTrail;
import org.tematik.core.casebook.AssignSource;
import org.tematik.core.casebook.AttributeService;
import org.tematik.core.casebook.ChangeAttributes;
import org.tematik.core.casebook.CasebookService;
import org.tematik.core.casebook.CreateCase;
import org.tematik.core.casebook.DeleteCase;
import org.tematik.core.casebook.UnassignSource;
import org.tematik.core.codebook.CodebookService;
import org.tematik.core.codebook.CreateCode;
import org.tematik.core.codebook.DeleteCode;
import org.tematik.core.codebook.EditCode;
import org.tematik.core.codebook.MergeCodes;
import org.tematik.core.codebook.MoveCode;
import org.tematik.core.codebook.RenameCode;
import org.tematik.core.codebook.RestoreCodes;
import org.tematik.core.codebook.UnmergeCodes;
import org.tematik.core.coding.AddCoding;
import org.tematik.core.memo.CreateMemo;
import org.tematik.core.memo.DeleteMemo;
import org.tematik.core.memo.EditMemo;
import org.tematik.core.memo.MemoService;
import org.tematik.core.coding.CodeInVivo;
import org.tematik.core.coding.ReassignCoding;
import org.tematik.core.coding.CodingService;
import org.tematik.core.coding.RemoveCoding;
import org.tematik.core.exchange.ApplyBatch;
import org.tematik.core.exchange.ExchangeService;
import org.tematik.core.exchange.RevertBatch;
import org.tematik.core.history.CommandCodec;
import org.tematik.core.history.CommandStack;
import org.tematik.core.history.SharedState;
import org.tematik.core.matrix.CooccurrenceService;
import org.tematik.core.matrix.MatrixService;
import org.tematik.core.coding.BatchCoding;
import org.tematik.core.search.SearchService;
import org.tematik.core.source.ImportSource;
import org.tematik.core.source.RemoveSource;
import org.tematik.core.source.RestoreSource;
import org.tematik.core.source.SourceService;
import org.tematik.core.source.SourceTexts;
import org.tematik.core.source.importer.Importers;
import org.tematik.core.source.DatabaseOriginals;
import org.tematik.core.source.FileOriginals;
import org.tematik.core.source.OriginalStore;
import org.tematik.core.storage.Database;
import org.tematik.core.server.ServerAddress;
import org.tematik.core.storage.ProjectInfoDao;
import org.tematik.core.util.UserException;

/**
 * One open study: the folder, its database and the services working on it, all acting as one coder.
 * The CLI and the GUI both start here (the composition root of core).
 */
public final class Project implements AutoCloseable {
    public static final String SOURCES_DIR = "sources";
    public static final String INDEX_DIR = "index";
    /** Column sizes of project_info.name and coders.name. */
    static final int MAX_NAME = 500;
    static final int MAX_CODER = 200;

    /** Every command type whose inverse may sit on an undo stack, by its stable name. */
    private static final CommandCodec CODEC = new CommandCodec(List.of(
            CreateProject.class, ImportSource.class, RemoveSource.class, RestoreSource.class,
            CreateCode.class, RenameCode.class, DeleteCode.class, RestoreCodes.class, MergeCodes.class, UnmergeCodes.class,
            EditCode.class, MoveCode.class,
            AddCoding.class, RemoveCoding.class, ReassignCoding.class, CodeInVivo.class,
            CreateCase.class, DeleteCase.class, AssignSource.class, UnassignSource.class,
            CreateMemo.class, EditMemo.class, DeleteMemo.class,
            AdoptCodings.class, CommentOnDisagreement.class, RemoveDisagreementComment.class,
            org.tematik.core.audit.CommentOn.class, org.tematik.core.audit.AgreeDefinition.class,
            org.tematik.core.audit.SignOff.class,
            ChangeAttributes.class, BatchCoding.class, ApplyBatch.class, RevertBatch.class,
            PassphraseChanged.class,
            org.tematik.core.anonymise.Anonymise.class, org.tematik.core.anonymise.RevertAnonymisation.class,
            org.tematik.core.theme.CreateTheme.class, org.tematik.core.theme.DeleteTheme.class,
            org.tematik.core.theme.EditTheme.class, org.tematik.core.theme.SetThemeStatus.class,
            org.tematik.core.theme.AddThemeCodes.class, org.tematik.core.theme.RemoveThemeCodes.class,
            org.tematik.core.theme.SplitTheme.class, org.tematik.core.theme.MergeThemes.class,
            org.tematik.core.theme.UnmergeThemes.class, org.tematik.core.theme.AddMapLink.class,
            org.tematik.core.theme.RemoveMapLink.class, org.tematik.core.theme.PlaceNodes.class,
            org.tematik.core.suggest.RejectSuggestion.class, org.tematik.core.suggest.ForgetRejection.class));

    private final Path dir;
    private final String coder;
    private final Database database;
    private final CommandStack stack;
    private final AuditTrail audit;
    private final SourceService sources;
    private final CodebookService codebook;
    private final CodingService codings;
    private final CasebookService casebook;
    private final AgreementService agreement;
    private final org.tematik.core.audit.Supervision supervision;
    private final MemoService memos;
    private final MatrixService matrix;
    private final CooccurrenceService cooccurrence;
    private final AttributeService attributes;
    private final SearchService search;
    private final org.tematik.core.suggest.SuggestionService suggestions;
    private final ExchangeService exchange;
    private final org.tematik.core.anonymise.AnonymisationService anonymisation;
    private final org.tematik.core.theme.ThemeService themes;
    /** The server of a team project; null for a project folder. */
    private final ServerAddress server;
    private String name;

    private Project(Path dir, String coder, Database database, Clock clock, ProjectKey key) {
        this(dir, coder, database, clock, key, null);
    }

    private Project(Path dir, String coder, Database database, Clock clock, ProjectKey key, ServerAddress server) {
        this.dir = dir;
        this.server = server;
        this.coder = coder;
        this.database = database;
        SourceTexts texts = new SourceTexts();
        this.audit = new AuditTrail(database.jdbi());
        this.stack = new CommandStack(database.jdbi(), audit, CODEC, clock,
                new SharedState().with(SourceTexts.class, texts));
        this.casebook = new CasebookService(database.jdbi(), stack, coder);
        OriginalStore originals = server != null ? new DatabaseOriginals(database.jdbi())
                : new FileOriginals(dir.resolve(SOURCES_DIR), key == null ? java.util.function.UnaryOperator.identity() : key::seal);
        this.sources = new SourceService(database.jdbi(), stack, originals, coder, Importers.standard(), texts, casebook);
        this.codebook = new CodebookService(database.jdbi(), stack, coder);
        this.codings = new CodingService(database.jdbi(), stack, coder, sources, codebook);
        this.agreement = new AgreementService(database.jdbi(), stack, coder, sources, codebook);
        this.supervision = new org.tematik.core.audit.Supervision(database.jdbi(), stack, coder, codebook);
        this.memos = new MemoService(database.jdbi(), stack, coder);
        this.matrix = new MatrixService(database.jdbi(), sources);
        this.cooccurrence = new CooccurrenceService(database.jdbi(), sources);
        this.attributes = new AttributeService(database.jdbi(), stack, coder, sources, casebook);
        this.search = new SearchService(database.jdbi(), stack, coder, sources, codebook, dir.resolve(INDEX_DIR));
        sources.onImported(search::sourceImported);
        this.suggestions = new org.tematik.core.suggest.SuggestionService(database.jdbi(), stack, coder, sources, search,
                new org.tematik.core.suggest.LuceneSuggestionEngine());
        this.exchange = new ExchangeService(database.jdbi(), stack, dir, coder, this::name, server != null ? originals : null);
        this.anonymisation = new org.tematik.core.anonymise.AnonymisationService(database.jdbi(), stack, coder, sources, key);
        this.themes = new org.tematik.core.theme.ThemeService(database.jdbi(), stack, coder, codebook, codings);
    }

    /** Creates a new project folder (it may exist, but must not hold a project yet). */
    public static Project init(Path dir, String name, String coder) {
        return init(dir, name, coder, null);
    }

    /** As {@link #init(Path, String, String)}; with a passphrase the database and the originals are encrypted. */
    public static Project init(Path dir, String name, String coder, char[] passphrase) {
        return init(dir, name, coder, passphrase, Clock.systemUTC(), UUID.randomUUID());
    }

    /** With a given clock and project id, so a generated project is the same on every run (the benchmark). */
    public static Project init(Path dir, String name, String coder, Clock clock, UUID projectId) {
        return init(dir, name, coder, null, clock, projectId);
    }

    private static Project init(Path dir, String name, String coder, char[] passphrase, Clock clock, UUID projectId) {
        if (passphrase != null) {
            ProjectKey.requireStrong(passphrase);
        }
        Path abs = dir.toAbsolutePath().normalize();
        requireCoderName(coder);
        String title = name == null || name.isBlank() ? abs.getFileName().toString() : name.strip();
        if (title.length() > MAX_NAME) {
            throw new UserException("project.error.longName", MAX_NAME);
        }
        if (Files.exists(abs.resolve(Database.FILE_NAME))) {
            throw new UserException("project.error.exists", abs);
        }
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new UserException("project.error.notFolder", abs);
        }
        try {
            Files.createDirectories(abs.resolve(SOURCES_DIR));
            Files.createDirectories(abs.resolve(INDEX_DIR));
        } catch (java.io.IOException e) {
            throw new UserException(e, "project.error.create", abs, e.getMessage());
        }
        ProjectKey key = passphrase == null ? null : ProjectKey.create(abs, passphrase);
        Project project;
        try {
            project = new Project(abs, coder, Database.open(abs, key == null ? null : key.databasePassword()), clock, key);
        } catch (RuntimeException e) {
            deleteQuietly(abs.resolve(ProjectKey.FILE_NAME));
            throw e;
        }
        try {
            project.stack.execute(new CreateProject(projectId, title), coder);
        } catch (RuntimeException e) {
            // leave no half-made project behind: a second init must be possible
            project.close();
            deleteQuietly(abs.resolve(Database.FILE_NAME));
            deleteQuietly(abs.resolve(ProjectKey.FILE_NAME));
            throw e;
        }
        return project;
    }

    /**
     * Creates a team project in an empty database on a PostgreSQL server (same schema, same audit trail).
     * {@code cacheDir} is this client's local folder for derived data (the search index).
     */
    public static Project initServer(ServerAddress address, char[] password, String name, String coder, Path cacheDir) {
        requireCoderName(coder);
        String title = name == null || name.isBlank() ? address.database() : name.strip();
        if (title.length() > MAX_NAME) {
            throw new UserException("project.error.longName", MAX_NAME);
        }
        Project project = new Project(cacheDir.toAbsolutePath().normalize(), coder, Database.openServer(address, password),
                Clock.systemUTC(), null, address);
        try {
            if (project.database.jdbi().withExtension(ProjectInfoDao.class, ProjectInfoDao::name).isPresent()) {
                throw new UserException("server.error.exists", address);
            }
            project.stack.execute(new CreateProject(UUID.randomUUID(), title), coder);
        } catch (RuntimeException e) {
            project.close();
            throw e;
        }
        return project;
    }

    /** Opens a team project on a PostgreSQL server; {@code cacheDir} as in {@link #initServer}. */
    public static Project openServer(ServerAddress address, char[] password, String coder, Path cacheDir) {
        requireCoderName(coder);
        Project project = new Project(cacheDir.toAbsolutePath().normalize(), coder, Database.openServer(address, password),
                Clock.systemUTC(), null, address);
        if (project.database.jdbi().withExtension(ProjectInfoDao.class, ProjectInfoDao::name).isEmpty()) {
            project.close();
            throw new UserException("server.error.noProject", address);
        }
        if (project.database.migrationsApplied() > 0) {
            project.roles().grantOnNewTables(); // coders and reviewers need privileges on what the upgrade created
        }
        return project;
    }

    /** This client's default folder for a server project's derived data (search index), below the user data folder. */
    public static Path serverCache(ServerAddress address) {
        String key = (address.host() + "_" + address.port() + "_" + address.database() + "_" + address.user())
                .replaceAll("[^A-Za-z0-9._-]", "_");
        return UserDataFolder.get().resolve("server-cache").resolve(key);
    }

    public static Project open(Path dir, String coder) {
        return open(dir, coder, null);
    }

    /** Opens a project; an encrypted one needs its passphrase (ignored for a plain project). */
    public static Project open(Path dir, String coder, char[] passphrase) {
        Path abs = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(abs)) {
            throw new UserException("project.error.missing", abs);
        }
        if (!Files.exists(abs.resolve(Database.FILE_NAME))) {
            throw new UserException("project.error.notProject", abs);
        }
        requireCoderName(coder);
        ProjectKey key = ProjectKey.isEncrypted(abs) ? ProjectKey.unlock(abs, passphrase) : null;
        Project project = new Project(abs, coder, Database.open(abs, key == null ? null : key.databasePassword()), Clock.systemUTC(), key);
        if (project.database.jdbi().withExtension(ProjectInfoDao.class, ProjectInfoDao::name).isEmpty()) {
            project.close(); // an empty or unfinished database, not a study: say so rather than show nothing
            throw new UserException("project.error.incomplete", abs);
        }
        return project;
    }

    private static void requireCoderName(String coder) {
        if (coder == null || coder.isBlank() || coder.length() > MAX_CODER) {
            throw new UserException("project.error.coderName", MAX_CODER);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            // the error that brought us here is the one to report
        }
    }

    public static boolean isEncrypted(Path dir) {
        return ProjectKey.isEncrypted(dir.toAbsolutePath().normalize());
    }

    public static boolean exists(Path dir) {
        return Files.exists(dir.resolve(Database.FILE_NAME));
    }

    /** The study's name; read once, since nothing renames a project. */
    public synchronized String name() {
        if (name == null) {
            name = database.jdbi().withExtension(ProjectInfoDao.class, ProjectInfoDao::name).orElse(dir.getFileName().toString());
        }
        return name;
    }

    public Path dir() {
        return dir;
    }

    /** The server of a team project, empty for a project folder. */
    public Optional<ServerAddress> server() {
        return Optional.ofNullable(server);
    }

    /** The roles of a team project, enforced by its server. */
    public org.tematik.core.server.ServerRoles roles() {
        if (server == null) {
            throw new UserException("server.roles.notServer", dir);
        }
        return new org.tematik.core.server.ServerRoles(database.jdbi(), server);
    }

    /** Where the project lives, for titles and messages: its folder or its server address. */
    public String location() {
        return server != null ? server.toString() : dir.toString();
    }

    public String coder() {
        return coder;
    }

    public SourceService sources() {
        return sources;
    }

    public org.tematik.core.theme.ThemeService themes() {
        return themes;
    }

    /** Builds the thematic map from the themes, the codebook and the triangulation matrix. */
    public org.tematik.core.theme.map.MapBuilder themeMap() {
        return new org.tematik.core.theme.map.MapBuilder(themes, codebook, matrix);
    }

    public CodebookService codebook() {
        return codebook;
    }

    public AgreementService agreement() {
        return agreement;
    }

    public MemoService memos() {
        return memos;
    }

    /** Coded passages by code (AND/OR) across sources, for the retrieval window. */
    public org.tematik.core.coding.Retrieval retrieval() {
        return new org.tematik.core.coding.Retrieval(codings, sources, casebook);
    }

    public MatrixService matrix() {
        return matrix;
    }

    public CooccurrenceService cooccurrence() {
        return cooccurrence;
    }

    public ExchangeService exchange() {
        return exchange;
    }

    public CasebookService casebook() {
        return casebook;
    }

    public AttributeService attributes() {
        return attributes;
    }

    public SearchService search() {
        return search;
    }

    public org.tematik.core.anonymise.AnonymisationService anonymisation() {
        return anonymisation;
    }

    public org.tematik.core.suggest.SuggestionService suggestions() {
        return suggestions;
    }

    public CodingService codings() {
        return codings;
    }

    public AuditTrail audit() {
        return audit;
    }

    /** Reconciliation, codebook history, coder activity, reviews: what a supervisor checks. */
    public org.tematik.core.audit.Supervision supervision() {
        return supervision;
    }

    /** For backups, which copy the open database (H2 BACKUP TO). */
    Database database() {
        return database;
    }

    public CommandStack history() {
        return stack;
    }

    public Optional<CommandStack.Applied> undo() {
        return stack.undo(coder);
    }

    public Optional<CommandStack.Applied> redo() {
        return stack.redo(coder);
    }

    @Override
    public void close() {
        search.close();
        database.close();
    }
}
