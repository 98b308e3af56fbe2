package org.tematik.ui.backup;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.BackupRotation;
import org.tematik.core.project.Project;
import org.tematik.ui.common.ErrorReporter;
import org.tematik.ui.common.ProjectSession;

/**
 * The GUI's automatic backups: one when a project is opened, then one every N minutes while it stays open.
 * The timer only triggers; the backup runs on the session's worker, after any earlier work and before the
 * project is closed there, and only while that project is still the open one.
 */
public final class AutoBackups {
    private final ProjectSession session;
    private final ErrorReporter errors;
    private BackupRotation rotation;
    private Project current;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tematik-backup-timer");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> next;

    public AutoBackups(ProjectSession session, ErrorReporter errors, int everyMinutes, int keep) {
        this.session = session;
        this.errors = errors;
        this.rotation = new BackupRotation(everyMinutes, keep, Clock.systemUTC());
    }

    /** Backs up {@code project} now and schedules the next ones (replacing those of the previous project). */
    public synchronized void start(Project project) {
        if (next != null) {
            next.cancel(false);
        }
        current = project;
        backUp(project);
        next = timer.scheduleWithFixedDelay(() -> session.runner().onUi(() -> backUp(project)),
                rotation.everyMinutes(), rotation.everyMinutes(), TimeUnit.MINUTES);
    }

    /** A new policy from the settings dialog; the next backup of the open project follows it. */
    public synchronized void reschedule(int everyMinutes, int keep) {
        BackupRotation changed = new BackupRotation(everyMinutes, keep, Clock.systemUTC()); // refuses a bad policy first
        rotation = changed;
        if (next != null) {
            next.cancel(false);
            Project project = current;
            next = timer.scheduleWithFixedDelay(() -> session.runner().onUi(() -> backUp(project)),
                    everyMinutes, everyMinutes, TimeUnit.MINUTES);
        }
    }

    public synchronized int everyMinutes() {
        return rotation.everyMinutes();
    }

    public synchronized int keep() {
        return rotation.keep();
    }

    private void backUp(Project project) {
        if (session.project() != project) {
            return; // replaced meanwhile; its own schedule was cancelled
        }
        BackupRotation policy = rotation;
        session.runner().run(() -> policy.rotate(project),
                written -> session.statusProperty().set(Messages.tr("backup.auto.done", written.file().getFileName())),
                errors::report);
    }
}
