package org.tematik.ui.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.UserDataFolder;
import org.tematik.core.util.UserException;

/** Turns a failure into a plain message for the user; stack traces go to the log only. */
public final class ErrorReporter {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);
    private final DialogService dialogs;
    private final ProjectSession session;

    public ErrorReporter(DialogService dialogs, ProjectSession session) {
        this.dialogs = dialogs;
        this.session = session;
    }

    public void report(Throwable failure) {
        String message;
        if (failure instanceof UserException) {
            message = failure.getMessage();
        } else {
            LOG.error("unexpected failure", failure);
            message = Messages.tr("error.unexpected", String.valueOf(failure.getMessage()), UserDataFolder.logFile());
        }
        session.statusProperty().set(message);
        dialogs.showError(Messages.tr("error.title"), message);
    }
}
