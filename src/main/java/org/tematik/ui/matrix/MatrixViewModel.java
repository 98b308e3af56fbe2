package org.tematik.ui.matrix;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tematik.core.export.MatrixFiles;
import org.tematik.core.i18n.Messages;
import org.tematik.core.matrix.Evidence;
import org.tematik.core.matrix.Matrix;
import org.tematik.core.matrix.MatrixSpec;
import org.tematik.core.project.Project;
import org.tematik.ui.common.DialogService;
import org.tematik.ui.common.ErrorReporter;
import org.tematik.ui.common.PassageOpener;
import org.tematik.ui.common.ProjectSession;

/**
 * The matrix window's state: the choice of columns, rows, measure and K, the matrix built from them
 * (rebuilt when a choice or the project changes), the evidence of the chosen cell, and export.
 */
public final class MatrixViewModel {
    static final List<String> FIXED_DIMENSIONS = List.of("source-type", "method", "case", "source", "coder");

    private final ProjectSession session;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final PassageOpener opener;
    private final ObservableList<String> dimensions = FXCollections.observableArrayList(FIXED_DIMENSIONS);
    private final StringProperty columns = new SimpleStringProperty("source-type");
    private final ObjectProperty<MatrixSpec.Rows> rows = new SimpleObjectProperty<>(MatrixSpec.Rows.CODES);
    private final ObjectProperty<MatrixSpec.Measure> measure = new SimpleObjectProperty<>(MatrixSpec.Measure.SEGMENTS);
    private final IntegerProperty minSpan = new SimpleIntegerProperty(MatrixSpec.DEFAULT_MIN_SPAN);
    private final ObjectProperty<Matrix> matrix = new SimpleObjectProperty<>();
    private final ObservableList<Evidence> evidence = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty evidenceTitle = new SimpleStringProperty(Messages.tr("matrix.view.pickCell"));
    private final ObjectProperty<Evidence> selectedEvidence = new SimpleObjectProperty<>();
    private final javafx.beans.value.ChangeListener<Number> onRevision = (obs, old, now) -> refresh();

    public MatrixViewModel(ProjectSession session, DialogService dialogs, ErrorReporter errors, PassageOpener opener) {
        this.session = session;
        this.dialogs = dialogs;
        this.errors = errors;
        this.opener = opener;
        columns.addListener((obs, old, now) -> refresh());
        rows.addListener((obs, old, now) -> refresh());
        measure.addListener((obs, old, now) -> refresh());
        minSpan.addListener((obs, old, now) -> refresh());
        session.revisionProperty().addListener(onRevision);
    }

    /** Stops following the project's changes (the window was closed). */
    public void dispose() {
        session.revisionProperty().removeListener(onRevision);
    }

    /** Rebuilds the matrix (on the worker thread) and the list of attributes to choose from. */
    public void refresh() {
        Project project = session.project();
        evidence.clear();
        evidenceTitle.set(Messages.tr("matrix.view.pickCell"));
        if (project == null || columns.get() == null) {
            matrix.set(null);
            summary.set("");
            return;
        }
        MatrixSpec spec = MatrixSpec.of(columns.get()).withRows(rows.get()).withMeasure(measure.get())
                .withMinSpan(Math.max(1, minSpan.get()));
        session.runner().run(() -> new Built(project.matrix().build(spec), project.matrix().attributeNames()), built -> {
            if (session.project() != project) {
                return;
            }
            List<String> all = new ArrayList<>(FIXED_DIMENSIONS);
            built.attributes().forEach(a -> all.add("attribute:" + a));
            if (!all.equals(dimensions)) {
                dimensions.setAll(all);
            }
            matrix.set(built.matrix());
            Matrix m = built.matrix();
            summary.set(Messages.tr("matrix.view.summary", m.rows().size(), m.columns().size(), m.triangulatedRows(),
                    spec.minSpan()));
        }, errors::report);
    }

    private record Built(Matrix matrix, List<String> attributes) {
    }

    /** Loads the evidence behind one cell (row and column indexes of the matrix). */
    public void selectCell(int row, int column) {
        Matrix m = matrix.get();
        Project project = session.project();
        if (m == null || project == null || row < 0 || row >= m.rows().size() || column < 0 || column >= m.columns().size()) {
            return;
        }
        evidenceTitle.set(Messages.tr("matrix.view.evidenceOf", m.rows().get(row).path(), m.columns().get(column).label()));
        session.runner().run(() -> project.matrix().evidence(m, row, column), found -> {
            if (matrix.get() == m) {
                evidence.setAll(found);
            }
        }, errors::report);
    }

    /** Shows the chosen (or given) piece of evidence in its source, in the main window. */
    public void showInSource(Evidence e) {
        Evidence target = e != null ? e : selectedEvidence.get();
        if (target != null) {
            opener.show(target.sourceId(), target.start(), target.end());
        }
    }

    /** Asks where to save, then writes XLSX, DOCX, HTML or CSV by the file's extension (XLSX when it has none). */
    public void export() {
        Matrix m = matrix.get();
        Project project = session.project();
        if (m == null || project == null) {
            return;
        }
        dialogs.chooseSaveFile(Messages.tr("matrix.view.exportTitle"), project.name() + " - matrix.xlsx").ifPresent(chosen -> {
            String name = chosen.getFileName().toString().toLowerCase(Locale.ROOT);
            String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
            String format = MatrixFiles.FORMATS.contains(ext) ? ext : "xlsx";
            Path file = format.equals(ext) ? chosen : chosen.resolveSibling(chosen.getFileName() + ".xlsx");
            session.runner().run(() -> {
                MatrixFiles.export(project.matrix(), m.spec(), format, project.name(), file);
                return file;
            }, written -> session.statusProperty().set(Messages.tr("matrix.view.exported", written)), errors::report);
        });
    }

    /** How a dimension id reads in the chooser. */
    public static String label(String dimension) {
        if (dimension == null) {
            return "";
        }
        return switch (dimension) {
            case "source-type" -> Messages.tr("matrix.dim.sourceType");
            case "method" -> Messages.tr("matrix.dim.method");
            case "case" -> Messages.tr("matrix.dim.case");
            case "source" -> Messages.tr("matrix.dim.source");
            case "coder" -> Messages.tr("matrix.dim.coder");
            default -> Messages.tr("matrix.dim.attribute", dimension.substring(dimension.indexOf(':') + 1));
        };
    }

    public static String label(MatrixSpec.Rows r) {
        return Messages.tr(r == MatrixSpec.Rows.THEMES ? "matrix.rows.themes" : "matrix.rows.codes");
    }

    public static String label(MatrixSpec.Measure m) {
        return m == null ? "" : Messages.tr(m.labelKey());
    }

    public ObservableList<String> dimensions() {
        return dimensions;
    }

    public StringProperty columnsProperty() {
        return columns;
    }

    public ObjectProperty<MatrixSpec.Rows> rowsProperty() {
        return rows;
    }

    public ObjectProperty<MatrixSpec.Measure> measureProperty() {
        return measure;
    }

    public IntegerProperty minSpanProperty() {
        return minSpan;
    }

    public ReadOnlyObjectProperty<Matrix> matrixProperty() {
        return matrix;
    }

    public ObservableList<Evidence> evidence() {
        return evidence;
    }

    public ObjectProperty<Evidence> selectedEvidenceProperty() {
        return selectedEvidence;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty evidenceTitleProperty() {
        return evidenceTitle;
    }
}
