package org.tematik.ui.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.tematik.core.exchange.ExchangeService;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.ui.common.DialogService;
import org.tematik.ui.common.ErrorReporter;
import org.tematik.ui.common.ProjectSession;

/**
 * The File menu's REFI-QDA actions: export the project (.qdpx) or codebook (.qdc), create a project from
 * a .qdpx/.qdc, merge another coder's .qdpx or project folder. Work runs on the task runner; the report
 * of what was lost or conflicts is shown when it is done.
 */
public final class ExchangeViewModel {
    static final List<String> EXCHANGE_GLOBS = List.of("*.qdpx", "*.qdc");
    private final ProjectSession session;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final Consumer<Path> openProject;
    private final String coder;
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public ExchangeViewModel(ProjectSession session, DialogService dialogs, ErrorReporter errors, String coder,
                             Consumer<Path> openProject) {
        this.coder = coder;
        this.session = session;
        this.dialogs = dialogs;
        this.errors = errors;
        this.openProject = openProject;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public void exportQdpx() {
        Project project = session.project();
        if (project == null) {
            return;
        }
        dialogs.chooseSaveFile(Messages.tr("exchange.ui.exportQdpx"), project.name() + ".qdpx", Messages.tr("exchange.ui.qdpxFilter"),
                List.of("*.qdpx")).ifPresent(file -> run(() -> {
                    var done = project.exchange().exportQdpx(file);
                    return Messages.tr("exchange.export.done", file, done.codes(), done.sources(), done.codings(), done.memos(),
                            done.cases());
                }, this::status));
    }

    public void exportQdc() {
        Project project = session.project();
        if (project == null) {
            return;
        }
        dialogs.chooseSaveFile(Messages.tr("exchange.ui.exportQdc"), project.name() + ".qdc", Messages.tr("exchange.ui.qdcFilter"),
                List.of("*.qdc")).ifPresent(file -> run(() -> Messages.tr("exchange.export.codebookDone",
                        project.exchange().exportQdc(file).codes(), file), this::status));
    }

    /** Asks for the file, then for an empty folder for the new project; opens the project when it is made. */
    public void importProject() {
        var file = dialogs.chooseOpenFile(Messages.tr("exchange.ui.importFile"), Messages.tr("exchange.ui.filter"), EXCHANGE_GLOBS);
        if (file.isEmpty()) {
            return;
        }
        var dir = dialogs.chooseFolder(Messages.tr("exchange.ui.importFolder"));
        if (dir.isEmpty()) {
            return;
        }
        run(() -> ExchangeService.importProject(file.get(), dir.get(), coder), report -> {
            dialogs.showInfo(Messages.tr("exchange.ui.importDone"), Messages.tr("exchange.import.done", dir.get(),
                    report.addedCount("codes"), report.addedCount("sources"), report.addedCount("codings"),
                    report.addedCount("memos"), report.addedCount("cases")) + "\n\n" + String.join("\n", report.describe(false)));
            openProject.accept(dir.get());
        });
    }

    public void mergeFile() {
        dialogs.chooseOpenFile(Messages.tr("exchange.ui.mergeFile"), Messages.tr("exchange.ui.filter"), EXCHANGE_GLOBS)
                .ifPresent(this::merge);
    }

    public void mergeFolder() {
        dialogs.chooseFolder(Messages.tr("exchange.ui.mergeFolder")).ifPresent(this::merge);
    }

    private void merge(Path other) {
        Project project = session.project();
        if (project == null) {
            return;
        }
        run(() -> project.exchange().merge(other), report -> {
            String head = report.added().values().stream().allMatch(n -> n == 0) ? Messages.tr("exchange.merge.nothing", other)
                    : Messages.tr("exchange.merge.done", other, report.addedCount("codes"), report.addedCount("sources"),
                    report.addedCount("codings"), report.addedCount("memos"), report.addedCount("cases"));
            status(head);
            dialogs.showInfo(Messages.tr("exchange.ui.mergeDone"), head + "\n\n" + String.join("\n", report.describe(true)));
        });
    }

    private void status(String message) {
        session.statusProperty().set(message);
    }

    private <T> void run(java.util.concurrent.Callable<T> work, Consumer<T> done) {
        busy.set(true);
        session.runner().run(work, result -> {
            busy.set(false);
            done.accept(result);
        }, failure -> {
            busy.set(false);
            errors.report(failure);
        });
    }
}
