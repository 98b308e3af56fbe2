package org.tematik.ui.casebook;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tematik.core.casebook.Attribute;
import org.tematik.core.casebook.AttributeService;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.ui.common.DialogService;
import org.tematik.ui.common.ErrorReporter;
import org.tematik.ui.common.ProjectSession;

/**
 * The casebook table: one row per case (or per source), one column per attribute. Edits, new cases and
 * table imports are ordinary undoable changes; a value that does not fit its attribute's type is refused
 * with the same message as on the command line.
 */
public final class CasebookViewModel {
    public static final String EXPORT_NAME = "casebook.xlsx";

    private final ProjectSession session;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final ObjectProperty<String> ownerKind = new SimpleObjectProperty<>(Attribute.ON_CASE);
    private final ObservableList<Attribute> columns = FXCollections.observableArrayList();
    private final ObservableList<AttributeService.TableRow> rows = FXCollections.observableArrayList();

    public CasebookViewModel(ProjectSession session, DialogService dialogs, ErrorReporter errors) {
        this.session = session;
        this.dialogs = dialogs;
        this.errors = errors;
        session.revisionProperty().addListener((obs, old, now) -> load());
        ownerKind.addListener((obs, old, now) -> load());
        load();
    }

    public void load() {
        Project project = session.project();
        if (project == null) {
            columns.clear();
            rows.clear();
            return;
        }
        String kind = ownerKind.get();
        session.runner().run(() -> project.attributes().table(kind), table -> {
            if (kind.equals(ownerKind.get())) {
                columns.setAll(table.columns());
                rows.setAll(table.rows());
            }
        }, errors::report);
    }

    public void addCase() {
        Project project = session.project();
        if (project == null) {
            return;
        }
        dialogs.askText(Messages.tr("casebook.add.title"), Messages.tr("casebook.add.prompt"), "").ifPresent(name ->
                session.runner().run(() -> project.attributes().addCase(name, Map.of()), id -> { }, errors::report));
    }

    /** Sets one cell; an empty text clears the value. */
    public void edit(AttributeService.TableRow row, Attribute attribute, String value) {
        Project project = session.project();
        if (project == null || row == null) {
            return;
        }
        Map<String, String> change = new HashMap<>();
        change.put(attribute.name(), value == null || value.isBlank() ? null : value);
        session.runner().run(() -> {
            project.attributes().set(attribute.ownerKind(), row.ownerId().toString(), change);
            return null;
        }, ignored -> { }, e -> {
            errors.report(e);
            load(); // show the stored value again, not the refused one
        });
    }

    public void importTable() {
        Project project = session.project();
        if (project == null) {
            return;
        }
        List<Path> files = dialogs.chooseFiles(Messages.tr("casebook.import.choose"));
        if (files.isEmpty()) {
            return;
        }
        Path file = files.get(0);
        session.runner().run(() -> project.attributes().importTable(file), s -> session.statusProperty().set(
                Messages.tr("attributes.imported", s.rows(), file.getFileName(), s.casesCreated(), s.attributesDefined(), s.values())),
                errors::report);
    }

    /** Writes the shown table as casebook.xlsx (or sources.xlsx) into a chosen folder. */
    public void exportTable() {
        Project project = session.project();
        if (project == null) {
            return;
        }
        String kind = ownerKind.get();
        dialogs.chooseFolder(Messages.tr("casebook.export.choose")).ifPresent(folder -> {
            Path file = folder.resolve(Attribute.ON_CASE.equals(kind) ? EXPORT_NAME : "sources.xlsx");
            session.runner().run(() -> {
                project.attributes().exportTable(kind, file);
                return null;
            }, ignored -> session.statusProperty().set(Messages.tr("attributes.exported", file, rows.size() + 1)), errors::report);
        });
    }

    public ObjectProperty<String> ownerKindProperty() {
        return ownerKind;
    }

    public ObservableList<Attribute> columns() {
        return columns;
    }

    public ObservableList<AttributeService.TableRow> rows() {
        return rows;
    }
}
