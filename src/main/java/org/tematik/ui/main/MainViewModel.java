package org.tematik.ui.main;

import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.core.project.SampleProject;
import org.tematik.core.project.UserDataFolder;
import org.tematik.ui.common.AppSettings;
import org.tematik.ui.common.DialogService;
import org.tematik.ui.common.ErrorReporter;
import org.tematik.ui.common.ProjectSession;

/** The main window's state: which project is open, undo/redo, import, language. */
public final class MainViewModel {
    private final ProjectSession session;
    private final DialogService dialogs;
    private final AppSettings settings;
    private final ErrorReporter errors;
    private final String coder;
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final StringProperty undoText = new SimpleStringProperty("");
    private final StringProperty redoText = new SimpleStringProperty("");
    private Runnable onLanguageChange = () -> { };
    private final org.tematik.ui.backup.AutoBackups backups;

    public MainViewModel(ProjectSession session, DialogService dialogs, AppSettings settings, String coder) {
        this.session = session;
        this.dialogs = dialogs;
        this.settings = settings;
        this.coder = coder;
        this.errors = new ErrorReporter(dialogs, session);
        this.backups = new org.tematik.ui.backup.AutoBackups(session, errors, settings.backupEveryMinutes(), settings.backupKeep());
        session.revisionProperty().addListener((obs, old, now) -> refreshHistory());
    }

    /** Opens the last project, or the sample project (creating it on the very first start). */
    public void openInitialProject() {
        Path last = settings.lastProject().filter(Project::exists).orElse(null);
        Path dir = last != null ? last : UserDataFolder.sampleProject();
        if (Project.exists(dir)) {
            openProject(dir);
        } else {
            session.runner().run(() -> SampleProject.create(dir, coder), this::show, errors::report);
        }
    }

    public void newProject() {
        dialogs.chooseFolder(Messages.tr("project.new.choose")).ifPresent(dir ->
                dialogs.askText(Messages.tr("project.new.title"), Messages.tr("project.new.name"), dir.getFileName().toString())
                        .ifPresent(name -> session.runner().run(() -> Project.init(dir, name, coder), this::show, errors::report)));
    }

    public void openProject() {
        dialogs.chooseFolder(Messages.tr("project.open.choose")).ifPresent(this::openProject);
    }

    public void openProject(Path dir) {
        String passphrase = null;
        if (Project.isEncrypted(dir)) { // asked here, on the FX thread, before the work starts
            passphrase = dialogs.askPassword(Messages.tr("passphrase.dialog.title"), Messages.tr("passphrase.prompt", dir)).orElse(null);
            if (passphrase == null) {
                return;
            }
        }
        char[] secret = passphrase == null ? null : passphrase.toCharArray();
        session.runner().run(() -> Project.open(dir, coder, secret), this::show, errors::report);
    }

    /** Shows a project opened elsewhere (the new encrypted project dialog), as if opened from the menu. */
    public void adopt(Project project) {
        show(project);
    }

    /** The automatic backups, for the backup settings dialog. */
    public org.tematik.ui.backup.AutoBackups backups() {
        return backups;
    }

    /** A team project on a server: its address (no password in it), then the password, asked on the FX thread. */
    public void openTeamProject() {
        String text = dialogs.askText(Messages.tr("server.open.title"), Messages.tr("server.open.prompt"), "").orElse(null);
        if (text == null || text.isBlank()) {
            return;
        }
        session.runner().run(() -> org.tematik.core.server.ConnectionProfiles.standard().resolve(text.strip()), address -> {
            if (address == null) {
                errors.report(new org.tematik.core.util.UserException("server.error.address", text));
                return;
            }
            String password = dialogs.askPassword(Messages.tr("server.open.title"),
                    Messages.tr("server.prompt.password", address)).orElse(null);
            char[] secret = password == null || password.isEmpty() ? null : password.toCharArray();
            session.runner().run(() -> Project.openServer(address, secret, coder, Project.serverCache(address)), this::show,
                    errors::report);
        }, errors::report);
    }

    public void undo() {
        Project project = session.project();
        if (project != null) {
            session.runner().run(project::undo, ignored -> { }, errors::report);
        }
    }

    public void redo() {
        Project project = session.project();
        if (project != null) {
            session.runner().run(project::redo, ignored -> { }, errors::report);
        }
    }

    /** Opens a source at a passage (in code points), e.g. from the matrix's evidence list. */
    public void showPassage(java.util.UUID sourceId, int start, int end) {
        Project project = session.project();
        if (project == null) {
            return;
        }
        session.runner().run(() -> project.sources().list().stream().filter(s -> s.id().equals(sourceId)).findFirst(), found ->
                found.ifPresent(source -> session.showPassage(source, start, end)), errors::report);
    }

    public void switchLanguage(Locale locale) {
        if (locale.getLanguage().equals(Messages.locale().getLanguage())) {
            return;
        }
        Messages.setLocale(locale);
        settings.setLanguage(Messages.locale());
        onLanguageChange.run();
    }

    /** The view rebuilds itself with the new language's texts. */
    public void setOnLanguageChange(Runnable action) {
        onLanguageChange = action;
    }

    public StringBinding titleProperty() {
        return Bindings.createStringBinding(() -> session.project() == null
                ? Messages.tr("app.title")
                : Messages.tr("app.titleWithProject", session.project().name()), session.projectProperty(), session.revisionProperty());
    }

    public StringBinding projectInfoProperty() {
        return Bindings.createStringBinding(() -> session.project() == null ? Messages.tr("status.noProject")
                : Messages.tr("status.project", session.project().location(), coder), session.projectProperty());
    }

    public BooleanBinding hasProjectProperty() {
        return session.projectProperty().isNotNull();
    }

    public StringProperty statusProperty() {
        return session.statusProperty();
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }

    public BooleanProperty canRedoProperty() {
        return canRedo;
    }

    public StringProperty undoTextProperty() {
        return undoText;
    }

    public StringProperty redoTextProperty() {
        return redoText;
    }

    private void show(Project project) {
        session.setProject(project);
        session.statusProperty().set(Messages.tr("status.opened", project.name()));
        if (project.server().isEmpty()) { // a server project is backed up on the server and reopened by address
            settings.setLastProject(project.dir());
            backups.start(project);
        }
    }

    private void refreshHistory() {
        Project project = session.project();
        if (project == null) {
            canUndo.set(false);
            canRedo.set(false);
            return;
        }
        session.runner().run(() -> new String[] {
            project.history().nextUndoSummary(coder).orElse(null),
            project.history().nextRedoSummary(coder).orElse(null)}, next -> {
                canUndo.set(next[0] != null);
                canRedo.set(next[1] != null);
                undoText.set(next[0] == null ? Messages.tr("menu.edit.undo") : Messages.tr("menu.edit.undoThis", next[0]));
                redoText.set(next[1] == null ? Messages.tr("menu.edit.redo") : Messages.tr("menu.edit.redoThis", next[1]));
            }, errors::report);
    }
}
