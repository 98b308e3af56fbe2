package org.tematik.ui.matrix;

import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tematik.core.export.MatrixCsv;
import org.tematik.core.export.MatrixWorkbook;
import org.tematik.core.i18n.Messages;
import org.tematik.core.matrix.Cooccurrence;
import org.tematik.core.project.Project;
import org.tematik.ui.common.DialogService;
import org.tematik.ui.common.ErrorReporter;
import org.tematik.ui.common.PassageOpener;
import org.tematik.ui.common.ProjectSession;

/** The co-occurrence window's state: how to count, the code × code table, the places behind one cell, export. */
public final class CooccurrenceViewModel {
    private final ProjectSession session;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final PassageOpener opener;
    private final ObjectProperty<Cooccurrence.Mode> mode = new SimpleObjectProperty<>(Cooccurrence.Mode.OVERLAP);
    private final ObjectProperty<Cooccurrence> table = new SimpleObjectProperty<>();
    private final ObservableList<Cooccurrence.Pair> pairs = FXCollections.observableArrayList();
    private final ObjectProperty<Cooccurrence.Pair> selectedPair = new SimpleObjectProperty<>();
    private final StringProperty pairsTitle = new SimpleStringProperty(Messages.tr("matrix.view.pickCell"));
    private final StringProperty summary = new SimpleStringProperty("");
    private final ChangeListener<Number> onRevision = (obs, old, now) -> refresh();

    public CooccurrenceViewModel(ProjectSession session, DialogService dialogs, ErrorReporter errors,
                                 PassageOpener opener) {
        this.session = session;
        this.dialogs = dialogs;
        this.errors = errors;
        this.opener = opener;
        mode.addListener((obs, old, now) -> refresh());
        session.revisionProperty().addListener(onRevision);
    }

    public void dispose() {
        session.revisionProperty().removeListener(onRevision);
    }

    public void refresh() {
        Project project = session.project();
        pairs.clear();
        pairsTitle.set(Messages.tr("matrix.view.pickCell"));
        if (project == null || mode.get() == null) {
            table.set(null);
            summary.set("");
            return;
        }
        Cooccurrence.Mode m = mode.get();
        session.runner().run(() -> project.cooccurrence().build(m), built -> {
            if (session.project() == project) {
                table.set(built);
                summary.set(Messages.tr("cooccurrence.view.summary", built.codes().size(), built.pairs().size()));
            }
        }, errors::report);
    }

    /** The places where codes a and b meet (indexes into the table's codes). */
    public void selectCell(int a, int b) {
        Cooccurrence co = table.get();
        if (co == null || a < 0 || b < 0 || a >= co.codes().size() || b >= co.codes().size() || a == b) {
            return;
        }
        // in table order, as each place lists its quotes
        pairsTitle.set(Messages.tr("cooccurrence.view.pairsOf", co.codes().get(Math.min(a, b)).path(),
                co.codes().get(Math.max(a, b)).path()));
        pairs.setAll(co.pairsOf(a, b));
    }

    public void showInSource(Cooccurrence.Pair pair) {
        Cooccurrence.Pair p = pair != null ? pair : selectedPair.get();
        if (p != null) {
            opener.show(p.sourceId(), p.start(), p.end());
        }
    }

    /** CSV when the chosen name ends in .csv, otherwise XLSX (table and every pair). */
    public void export() {
        Cooccurrence co = table.get();
        Project project = session.project();
        if (co == null || project == null) {
            return;
        }
        dialogs.chooseSaveFile(Messages.tr("cooccurrence.view.exportTitle"), project.name() + " - cooccurrence.xlsx").ifPresent(chosen -> {
            String name = chosen.getFileName().toString().toLowerCase(Locale.ROOT);
            boolean csv = name.endsWith(".csv");
            Path file = csv || name.endsWith(".xlsx") ? chosen : chosen.resolveSibling(chosen.getFileName() + ".xlsx");
            session.runner().run(() -> {
                if (csv) {
                    MatrixCsv.write(co, file);
                } else {
                    MatrixWorkbook.write(co, file);
                }
                return file;
            }, written -> session.statusProperty().set(Messages.tr("matrix.view.exported", written)), errors::report);
        });
    }

    public static String label(Cooccurrence.Mode m) {
        return m == Cooccurrence.Mode.PARAGRAPH ? Messages.tr("cooccurrence.mode.paragraph") : Messages.tr("cooccurrence.mode.overlap");
    }

    public ObjectProperty<Cooccurrence.Mode> modeProperty() {
        return mode;
    }

    public ReadOnlyObjectProperty<Cooccurrence> tableProperty() {
        return table;
    }

    public ObservableList<Cooccurrence.Pair> pairs() {
        return pairs;
    }

    public ObjectProperty<Cooccurrence.Pair> selectedPairProperty() {
        return selectedPair;
    }

    public ReadOnlyStringProperty pairsTitleProperty() {
        return pairsTitle;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }
}
