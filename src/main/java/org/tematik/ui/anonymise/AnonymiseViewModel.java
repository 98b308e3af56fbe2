package org.tematik.ui.anonymise;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tematik.core.anonymise.AnonymisationService.Preview;
import org.tematik.core.anonymise.AnonymisationService.SourcePreview;
import org.tematik.core.anonymise.PseudonymEntry;
import org.tematik.core.anonymise.PseudonymTable;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.core.source.Source;
import org.tematik.ui.common.DialogService;
import org.tematik.ui.common.ErrorReporter;
import org.tematik.ui.common.ProjectSession;

/**
 * The anonymisation dialog: choose a pseudonym table, see how often each name occurs in each source
 * (nothing changes yet), then apply everything as one undoable step. In a plain project the mapping is
 * sealed with a passphrase asked here, twice.
 */
public final class AnonymiseViewModel {
    /** One line of the preview: a name found in a source, what replaces it, and how often. */
    public record Row(String source, String original, String pseudonym, int count) {
    }

    private final ProjectSession session;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final ObjectProperty<Path> table = new SimpleObjectProperty<>();
    private final BooleanProperty ignoreCase = new SimpleBooleanProperty();
    private final BooleanProperty onlySelected = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty canApply = new SimpleBooleanProperty();
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private Preview preview;

    public AnonymiseViewModel(ProjectSession session, DialogService dialogs, ErrorReporter errors) {
        this.session = session;
        this.dialogs = dialogs;
        this.errors = errors;
        ignoreCase.addListener((obs, old, now) -> refresh());
        onlySelected.addListener((obs, old, now) -> refresh());
    }

    public void chooseTable() {
        dialogs.chooseOpenFile(Messages.tr("anonymise.ui.chooseTable"), Messages.tr("anonymise.ui.tableFilter"), List.of("*.csv", "*.xlsx"))
                .ifPresent(file -> {
                    table.set(file);
                    refresh();
                });
    }

    /** Finds the names again (after a change of table or options); changes nothing in the project. */
    public void refresh() {
        Project project = session.project();
        Path file = table.get();
        if (project == null || file == null) {
            return;
        }
        Source selected = session.selectedSourceProperty().get();
        List<java.util.UUID> ids = onlySelected.get() && selected != null ? List.of(selected.id()) : List.of();
        boolean anyCase = ignoreCase.get();
        busy.set(true);
        canApply.set(false);
        session.runner().run(() -> project.anonymisation().preview(PseudonymTable.read(file), ids, anyCase), found -> {
            busy.set(false);
            preview = found;
            rows.setAll(rowsOf(found));
            summary.set(Messages.tr("anonymise.preview.total", found.total(), found.sourcesWithNames()));
            canApply.set(found.total() > 0);
        }, failure -> {
            busy.set(false);
            preview = null;
            rows.clear();
            summary.set("");
            errors.report(failure);
        });
    }

    static List<Row> rowsOf(Preview preview) {
        List<Row> out = new ArrayList<>();
        for (SourcePreview s : preview.sources()) {
            for (int i = 0; i < s.counts().length; i++) {
                if (s.counts()[i] > 0) {
                    PseudonymEntry e = preview.table().get(i);
                    out.add(new Row(s.sourceName(), e.original(), e.pseudonym(), s.counts()[i]));
                }
            }
        }
        return out;
    }

    /** Applies the preview shown, after a confirmation (and the mapping's passphrase in a plain project). */
    public void apply() {
        Project project = session.project();
        Preview shown = preview;
        if (project == null || shown == null || shown.total() == 0) {
            return;
        }
        String title = Messages.tr("anonymise.ui.title");
        if (!dialogs.confirm(title, Messages.tr("anonymise.ui.confirm", shown.total()))) {
            return;
        }
        char[] passphrase = null;
        if (project.anonymisation().needsPassphrase()) {
            String first = dialogs.askPassword(title, Messages.tr("anonymise.prompt.new")).orElse(null);
            if (first == null) {
                return;
            }
            String again = dialogs.askPassword(title, Messages.tr("passphrase.prompt.again")).orElse(null);
            if (!first.equals(again)) {
                dialogs.showError(title, Messages.tr("passphrase.error.mismatch"));
                return;
            }
            passphrase = first.toCharArray();
        }
        char[] secret = passphrase;
        busy.set(true);
        canApply.set(false);
        session.runner().run(() -> project.anonymisation().apply(shown, secret), mapping -> {
            busy.set(false);
            wipe(secret);
            preview = null;
            summary.set(Messages.tr("anonymise.ui.done", shown.sourcesWithNames(), shown.total()));
            session.statusProperty().set(summary.get());
        }, failure -> {
            busy.set(false);
            wipe(secret);
            errors.report(failure);
        });
    }

    private static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }

    public ObjectProperty<Path> tableProperty() {
        return table;
    }

    public BooleanProperty ignoreCaseProperty() {
        return ignoreCase;
    }

    public BooleanProperty onlySelectedProperty() {
        return onlySelected;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty canApplyProperty() {
        return canApply;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public ObservableList<Row> rows() {
        return rows;
    }
}
