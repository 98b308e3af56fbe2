package org.tematik.ui.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tematik.core.casebook.Case;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.core.source.ImportOptions;
import org.tematik.core.source.ImportOutcome;
import org.tematik.core.source.importer.ImportLimits;
import org.tematik.ui.common.DialogService;
import org.tematik.ui.common.ErrorReporter;
import org.tematik.ui.common.ProjectSession;

/**
 * The import dialog: files and folders to import, how to file them (source type, method, case), and
 * the running import with per-file progress, cancel, and a result table. Encrypted PDFs that need a
 * password are offered again with the password the user then types.
 */
public final class ImportDialogViewModel {
    public static final List<String> SOURCE_TYPES = List.of("interview", "policy", "regulation", "agreement", "planning",
            "news", "field-notes", "other");
    public static final List<String> METHODS = List.of("interview", "document-analysis", "observation", "focus-group");
    private static final int JOBS = 2;

    private final ProjectSession session;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final ObservableList<Path> inputs = FXCollections.observableArrayList();
    private final ObservableList<ImportRow> results = FXCollections.observableArrayList();
    private final ObservableList<String> cases = FXCollections.observableArrayList();
    private final StringProperty sourceType = new SimpleStringProperty("interview");
    private final StringProperty method = new SimpleStringProperty("interview");
    private final StringProperty caseName = new SimpleStringProperty("");
    private final BooleanProperty recursive = new SimpleBooleanProperty(true);
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty progressText = new SimpleStringProperty("");
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public ImportDialogViewModel(ProjectSession session, DialogService dialogs, ErrorReporter errors) {
        this.session = session;
        this.dialogs = dialogs;
        this.errors = errors;
        Project project = session.project();
        if (project != null) {
            session.runner().run(() -> project.casebook().list().stream().map(Case::name).toList(), cases::setAll, errors::report);
        }
    }

    public void addFiles() {
        add(dialogs.chooseFiles(Messages.tr("import.choose")));
    }

    public void addFolder() {
        dialogs.chooseFolder(Messages.tr("import.chooseFolder")).ifPresent(folder -> add(List.of(folder)));
    }

    /** Files or folders dropped on the window or the dialog. */
    public void add(List<Path> paths) {
        paths.stream().filter(p -> !inputs.contains(p)).forEach(inputs::add);
    }

    public void remove(Path path) {
        inputs.remove(path);
    }

    public void start() {
        Project project = session.project();
        if (project == null || inputs.isEmpty() || running.get()) {
            return;
        }
        List<Path> files = project.sources().collectFiles(List.copyOf(inputs), recursive.get());
        run(project, files, null);
    }

    /** Stops after the files being read now; the ones already imported stay. */
    public void cancel() {
        cancelled.set(true);
    }

    private void run(Project project, List<Path> files, String password) {
        cancelled.set(false);
        running.set(true);
        results.removeIf(r -> files.stream().anyMatch(f -> f.toString().equals(r.file())));
        AtomicInteger done = new AtomicInteger();
        progress.set(0);
        progressText.set(Messages.tr("import.progress", 0, files.size()));
        ImportOptions options = new ImportOptions(blankToNull(sourceType.get()), blankToNull(method.get()),
                blankToNull(caseName.get()), password, JOBS, ImportLimits.DEFAULT);
        session.runner().run(() -> project.sources().importFiles(files, options, outcome -> {
            int n = done.incrementAndGet();
            session.runner().onUi(() -> {
                results.add(row(outcome));
                progress.set((double) n / files.size());
                progressText.set(Messages.tr("import.progress", n, files.size()));
            });
        }, cancelled::get), outcomes -> {
            running.set(false);
            session.statusProperty().set(Messages.tr("import.done",
                    ImportOutcome.count(outcomes, ImportOutcome.Status.IMPORTED), ImportOutcome.count(outcomes, ImportOutcome.Status.DUPLICATE),
                    ImportOutcome.count(outcomes, ImportOutcome.Status.FAILED)));
            offerPassword(project, outcomes);
        }, failure -> {
            running.set(false);
            errors.report(failure);
        });
    }

    /** Encrypted PDFs: ask for the password (once for all of them) and try those files again. */
    private void offerPassword(Project project, List<ImportOutcome> outcomes) {
        List<Path> locked = new ArrayList<>();
        outcomes.stream().filter(ImportOutcome::needsPassword).forEach(o -> locked.add(o.file()));
        if (locked.isEmpty()) {
            return;
        }
        dialogs.askPassword(Messages.tr("import.password.title"),
                        Messages.tr("import.password.prompt", locked.get(0).getFileName(), locked.size()))
                .ifPresent(password -> run(project, locked, password));
    }

    private static ImportRow row(ImportOutcome o) {
        return switch (o.status()) {
            case IMPORTED -> new ImportRow(o.file().toString(), Messages.tr("import.status.imported"),
                    o.source().name() + (o.source().importNotes() == null ? "" : " — " + o.source().importNotes()));
            case DUPLICATE -> new ImportRow(o.file().toString(), Messages.tr("import.status.duplicate"),
                    Messages.tr("import.status.duplicateOf", o.source().name()));
            case FAILED -> new ImportRow(o.file().toString(), Messages.tr("import.status.failed"), o.message());
            case CANCELLED -> new ImportRow(o.file().toString(), Messages.tr("import.status.cancelled"), "");
        };
    }


    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public ObservableList<Path> inputs() {
        return inputs;
    }

    public ObservableList<ImportRow> results() {
        return results;
    }

    public ObservableList<String> cases() {
        return cases;
    }

    public StringProperty sourceTypeProperty() {
        return sourceType;
    }

    public StringProperty methodProperty() {
        return method;
    }

    public StringProperty caseNameProperty() {
        return caseName;
    }

    public BooleanProperty recursiveProperty() {
        return recursive;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }
}
