package org.tematik.ui.memo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tematik.core.i18n.Messages;
import org.tematik.core.memo.Memo;
import org.tematik.core.project.Project;
import org.tematik.ui.common.DialogService;
import org.tematik.ui.common.ErrorReporter;
import org.tematik.ui.common.ProjectSession;

/** Every memo in the project, newest first, with what it is attached to; the selected one is edited inline. */
public final class MemoListViewModel {
    /** A memo as the list shows it: what it is on ("Code: Leadership change") and its text. */
    public record Row(Memo memo, String target) {
    }

    private final ProjectSession session;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final StringProperty body = new SimpleStringProperty("");

    public MemoListViewModel(ProjectSession session, DialogService dialogs, ErrorReporter errors) {
        this.session = session;
        this.dialogs = dialogs;
        this.errors = errors;
        selected.addListener((obs, old, now) -> body.set(now == null ? "" : now.memo().body()));
        session.revisionProperty().addListener((obs, old, now) -> reload());
        reload();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    /** Saves the edited text of the selected memo (clearing it deletes the memo, after asking). */
    public void save() {
        Row row = selected.get();
        Project project = session.project();
        if (row == null || project == null) {
            return;
        }
        String text = body.get();
        if (text.isBlank() && !dialogs.confirm(Messages.tr("memo.delete.title"), Messages.tr("memo.delete.confirm", row.target()))) {
            return;
        }
        run(project, () -> project.memos().save(row.memo().targetType(), row.memo().targetId(), text));
    }

    /** A memo on the whole project (research questions, decisions, reflexive notes). */
    public void newProjectMemo() {
        Project project = session.project();
        if (project != null) {
            dialogs.editMemo(Messages.tr("memo.project.title"), Messages.tr("memo.project.prompt"), "")
                    .filter(text -> !text.isBlank()).ifPresent(text -> run(project, () -> project.memos().create(Memo.ON_PROJECT, null, null, text)));
        }
    }

    private void run(Project project, Runnable change) {
        session.runner().run(() -> {
            change.run();
            return null;
        }, ignored -> { }, errors::report);
    }

    private void reload() {
        Project project = session.project();
        if (project == null) {
            rows.clear();
            return;
        }
        session.runner().run(() -> rows(project), list -> {
            UUID keep = selected.get() == null ? null : selected.get().memo().id();
            rows.setAll(list);
            selected.set(list.stream().filter(r -> r.memo().id().equals(keep)).findFirst().orElse(null));
        }, errors::report);
    }

    private static List<Row> rows(Project project) {
        Map<UUID, String> names = new HashMap<>();
        project.sources().list().forEach(s -> names.put(s.id(), s.name()));
        project.codebook().tree().forEach(n -> names.put(n.code().id(), n.path()));
        project.themes().list().forEach(t -> names.put(t.id(), t.name()));
        Map<UUID, String> codings = new HashMap<>();
        project.codings().list(null, null).forEach(c -> codings.put(c.coding().id(), c.codeName() + " \u00b7 " + c.sourceName()));
        return project.memos().list().stream().map(m -> new Row(m, switch (m.targetType()) {
            case Memo.ON_SOURCE -> Messages.tr("memo.on.source", names.getOrDefault(m.targetId(), "?"));
            case Memo.ON_CODE -> Messages.tr("memo.on.code", names.getOrDefault(m.targetId(), "?"));
            case Memo.ON_CODING -> Messages.tr("memo.on.coding", codings.getOrDefault(m.targetId(), "?"));
            case Memo.ON_THEME -> Messages.tr("memo.on.theme", names.getOrDefault(m.targetId(), "?"));
            default -> Messages.tr("memo.on.project");
        })).toList();
    }
}
