package org.tematik.ui.security;

import java.util.function.Supplier;
import org.tematik.ui.anonymise.AnonymiseView;
import org.tematik.ui.anonymise.AnonymiseViewModel;
import org.tematik.ui.backup.BackupSettingsView;
import org.tematik.ui.backup.BackupSettingsViewModel;
import org.tematik.ui.backup.BackupViewModel;
import org.tematik.ui.common.AppSettings;
import org.tematik.ui.common.DialogService;
import org.tematik.ui.common.ErrorReporter;
import org.tematik.ui.common.ProjectSession;
import org.tematik.ui.main.MainViewModel;

/**
 * The view models behind File > Security and backups, and the controllers of its dialogs (AppContext asks
 * here for them, so the composition root gains one line, not one per dialog).
 */
public final class SecurityActions {
    private final ProjectSession session;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final AppSettings settings;
    private final String coder;
    private final Supplier<MainViewModel> main;
    private BackupViewModel backups;

    public SecurityActions(ProjectSession session, DialogService dialogs, ErrorReporter errors, AppSettings settings, String coder,
                           Supplier<MainViewModel> main) {
        this.session = session;
        this.dialogs = dialogs;
        this.errors = errors;
        this.settings = settings;
        this.coder = coder;
        this.main = main;
    }

    public BackupViewModel backups() {
        if (backups == null) {
            backups = new BackupViewModel(session, dialogs, errors, coder, dir -> main.get().openProject(dir));
        }
        return backups;
    }

    public ProjectSession session() {
        return session;
    }

    /** A fresh controller for one of this feature's dialogs; null for any other view. */
    public Object controller(Class<?> type) {
        if (type == AnonymiseView.class) {
            return new AnonymiseView(new AnonymiseViewModel(session, dialogs, errors));
        }
        if (type == BackupSettingsView.class) {
            return new BackupSettingsView(new BackupSettingsViewModel(settings, main.get().backups()));
        }
        if (type == NewEncryptedProjectView.class) {
            return new NewEncryptedProjectView(new NewEncryptedProjectViewModel(session, dialogs, errors, coder, main.get()::adopt));
        }
        return null;
    }
}
