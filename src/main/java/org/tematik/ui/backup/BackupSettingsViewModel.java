package org.tematik.ui.backup;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.BackupRotation;
import org.tematik.core.util.UserException;
import org.tematik.ui.common.AppSettings;

/** How often automatic backups are made and how many are kept; saved in the settings and applied at once. */
public final class BackupSettingsViewModel {
    private final AppSettings settings;
    private final AutoBackups backups;
    private final IntegerProperty everyMinutes = new SimpleIntegerProperty();
    private final IntegerProperty keep = new SimpleIntegerProperty();
    private final StringProperty message = new SimpleStringProperty("");

    public BackupSettingsViewModel(AppSettings settings, AutoBackups backups) {
        this.settings = settings;
        this.backups = backups;
        everyMinutes.set(settings.backupEveryMinutes());
        keep.set(settings.backupKeep());
    }

    /** True when saved; a policy that would make no backups is refused with the reason in {@link #messageProperty}. */
    public boolean save() {
        try {
            new BackupRotation(everyMinutes.get(), keep.get(), java.time.Clock.systemUTC()); // checks the policy
        } catch (UserException e) {
            message.set(e.getMessage());
            return false;
        }
        settings.setBackupPolicy(everyMinutes.get(), keep.get());
        backups.reschedule(everyMinutes.get(), keep.get());
        message.set(Messages.tr("backup.ui.saved", everyMinutes.get(), keep.get()));
        return true;
    }

    public IntegerProperty everyMinutesProperty() {
        return everyMinutes;
    }

    public IntegerProperty keepProperty() {
        return keep;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
