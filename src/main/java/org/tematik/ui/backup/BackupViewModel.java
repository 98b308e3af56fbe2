package org.tematik.ui.backup;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Backups;
import org.tematik.core.project.Project;
import org.tematik.ui.common.DialogService;
import org.tematik.ui.common.ErrorReporter;
import org.tematik.ui.common.ProjectSession;

/**
 * "Back up now…" and "Restore from backup…". A restore always goes into a new folder and reports the
 * verification of the restored audit trail; the passphrase of an encrypted backup is asked before the work.
 */
public final class BackupViewModel {
    private static final List<String> GLOBS = List.of("*.zip");
    private final ProjectSession session;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final String coder;
    private final Consumer<Path> opener;

    /** {@code opener} opens a restored project when the user asks for it (MainViewModel::openProject). */
    public BackupViewModel(ProjectSession session, DialogService dialogs, ErrorReporter errors, String coder, Consumer<Path> opener) {
        this.session = session;
        this.dialogs = dialogs;
        this.errors = errors;
        this.coder = coder;
        this.opener = opener;
    }

    public void backUpNow() {
        Project project = session.project();
        if (project == null) {
            return;
        }
        String name = project.dir().getFileName() + "-" + LocalDate.now() + ".tematik-backup.zip";
        dialogs.chooseSaveFile(Messages.tr("backup.ui.saveTitle"), name, Messages.tr("backup.ui.filter"), GLOBS).ifPresent(file ->
                session.runner().run(() -> Backups.write(project, file), written -> {
                    String text = Messages.tr("backup.written", project.name(), written.file(), written.originals(), written.bytes() / 1024);
                    session.statusProperty().set(text);
                    dialogs.showInfo(Messages.tr("backup.ui.title"), text);
                }, errors::report));
    }

    /** Asks for the backup, a parent folder and a new folder name, then restores and verifies. */
    public void restore() {
        String title = Messages.tr("backup.ui.restoreTitle");
        Path backup = dialogs.chooseOpenFile(title, Messages.tr("backup.ui.filter"), GLOBS).orElse(null);
        if (backup == null) {
            return;
        }
        Path parent = dialogs.chooseFolder(Messages.tr("backup.ui.restoreWhere")).orElse(null);
        if (parent == null) {
            return;
        }
        String suggested = backup.getFileName().toString().replace(".tematik-backup.zip", "").replace(".zip", "") + "-restored";
        String folder = dialogs.askText(title, Messages.tr("backup.ui.restoreName"), suggested).map(String::strip).orElse("");
        if (folder.isEmpty()) {
            return;
        }
        Path target = parent.resolve(folder);
        session.runner().run(() -> Backups.isEncrypted(backup), encrypted -> {
            char[] passphrase = null;
            if (encrypted) {
                String typed = dialogs.askPassword(Messages.tr("passphrase.dialog.title"), Messages.tr("passphrase.prompt", backup)).orElse(null);
                if (typed == null) {
                    return;
                }
                passphrase = typed.toCharArray();
            }
            char[] secret = passphrase;
            session.runner().run(() -> Backups.restore(backup, target, coder, () -> secret), restored -> {
                String text = Messages.tr("backup.restored", restored.name(), restored.dir(), restored.originals(), restored.events());
                session.statusProperty().set(text);
                if (dialogs.confirm(title, text + "\n\n" + Messages.tr("backup.ui.openRestored"))) {
                    opener.accept(restored.dir());
                }
            }, errors::report);
        }, errors::report);
    }
}
