package org.tematik.ui.theme;

import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tematik.core.codebook.Code;
import org.tematik.core.i18n.Messages;
import org.tematik.core.memo.Memo;
import org.tematik.core.project.Project;
import org.tematik.core.theme.Theme;
import org.tematik.core.theme.ThemeStatus;
import org.tematik.core.theme.ThemeSummary;
import org.tematik.ui.common.DialogService;
import org.tematik.ui.common.ErrorReporter;
import org.tematik.ui.common.ProjectSession;

/** The theme list and editor: name, definition, status, codes and memo of the chosen theme. */
public final class ThemesViewModel {
    private final ProjectSession session;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final ObservableList<ThemeSummary> themes = FXCollections.observableArrayList();
    private final ObservableList<Code> themeCodes = FXCollections.observableArrayList();
    private final ObservableList<Code> allCodes = FXCollections.observableArrayList();
    private final ObjectProperty<ThemeSummary> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty definition = new SimpleStringProperty("");
    private final StringProperty memo = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final ChangeListener<Number> onRevision = (obs, old, now) -> refresh();
    private long generation;

    public ThemesViewModel(ProjectSession session, DialogService dialogs, ErrorReporter errors) {
        this.session = session;
        this.dialogs = dialogs;
        this.errors = errors;
        selected.addListener((obs, old, now) -> load(now));
        session.revisionProperty().addListener(onRevision);
    }

    public void dispose() {
        session.revisionProperty().removeListener(onRevision);
    }

    public void refresh() {
        Project p = session.project();
        if (p == null) {
            themes.clear();
            return;
        }
        UUID keep = selectedId();
        long asked = ++generation;
        session.runner().run(() -> new Loaded(p.themes().summaries(), p.codebook().tree().stream().map(n -> n.code()).toList()),
                loaded -> {
                    if (asked != generation) {
                        return; // a newer refresh is on its way
                    }
                    allCodes.setAll(loaded.codes());
                    themes.setAll(loaded.themes());
                    selected.set(loaded.themes().stream().filter(s -> s.theme().id().equals(keep)).findFirst()
                            .orElse(loaded.themes().isEmpty() ? null : loaded.themes().get(0)));
                }, errors::report);
    }

    private record Loaded(List<ThemeSummary> themes, List<Code> codes) {
    }

    private void load(ThemeSummary s) {
        Project p = session.project();
        if (s == null || p == null) {
            name.set("");
            definition.set("");
            memo.set("");
            status.set("");
            themeCodes.clear();
            return;
        }
        Theme t = s.theme();
        name.set(t.name());
        definition.set(t.definition() == null ? "" : t.definition());
        status.set(Messages.tr(ThemeStatus.parse(t.status()).labelKey()));
        session.runner().run(() -> new Detail(p.themes().codesOf(t.id()),
                p.memos().on(Memo.ON_THEME, t.id()).map(Memo::body).orElse("")), d -> {
                    themeCodes.setAll(d.codes());
                    memo.set(d.memo());
                }, errors::report);
    }

    private record Detail(List<Code> codes, String memo) {
    }

    public void create() {
        dialogs.askText(Messages.tr("theme.view.newTitle"), Messages.tr("theme.view.newPrompt"), "")
                .ifPresent(n -> change(p -> p.themes().add(n, List.of(), null, null)));
    }

    public void createSubTheme() {
        UUID parent = selectedId();
        if (parent != null) {
            dialogs.askText(Messages.tr("theme.view.subTitle"), Messages.tr("theme.view.newPrompt"), "")
                    .ifPresent(n -> change(p -> p.themes().add(n, List.of(), null, parent)));
        }
    }

    /** Saves name, definition and memo together (each only if it changed). */
    public void save() {
        UUID id = selectedId();
        String n = name.get();
        String d = definition.get();
        String m = memo.get();
        if (id != null) {
            change(p -> {
                p.themes().edit(id, n, d);
                p.memos().save(Memo.ON_THEME, id, m);
                return null;
            });
        }
    }

    public void promote() {
        UUID id = selectedId();
        if (id != null) {
            change(p -> {
                p.themes().promote(id);
                return null;
            });
        }
    }

    public void demote() {
        UUID id = selectedId();
        if (id != null) {
            change(p -> {
                p.themes().demote(id);
                return null;
            });
        }
    }

    public void addCode(Code code) {
        UUID id = selectedId();
        if (id != null && code != null) {
            change(p -> {
                p.themes().addCodes(id, List.of(code.id()));
                return null;
            });
        }
    }

    public void removeCodes(List<Code> codes) {
        UUID id = selectedId();
        if (id != null && !codes.isEmpty()) {
            List<UUID> ids = codes.stream().map(Code::id).toList();
            change(p -> {
                p.themes().removeCodes(id, ids);
                return null;
            });
        }
    }

    /** Splits the chosen codes off into a new theme, named by the user. */
    public void split(List<Code> codes) {
        UUID id = selectedId();
        if (id == null || codes.isEmpty()) {
            dialogs.showError(Messages.tr("theme.view.splitTitle"), Messages.tr("theme.view.splitPick"));
            return;
        }
        List<UUID> ids = codes.stream().map(Code::id).toList();
        dialogs.askText(Messages.tr("theme.view.splitTitle"), Messages.tr("theme.view.newPrompt"), "")
                .ifPresent(n -> change(p -> p.themes().split(id, n, ids)));
    }

    public void merge() {
        ThemeSummary from = selected.get();
        if (from == null) {
            return;
        }
        List<String> others = themes.stream().filter(s -> s != from).map(s -> s.theme().name()).toList();
        dialogs.choose(Messages.tr("theme.view.mergeTitle"), Messages.tr("theme.view.mergePrompt", from.theme().name()), others)
                .ifPresent(into -> change(p -> {
                    p.themes().merge(from.theme().id(), p.themes().resolve(into).id());
                    return null;
                }));
    }

    public void delete() {
        ThemeSummary s = selected.get();
        if (s != null && dialogs.confirm(Messages.tr("theme.view.deleteTitle"), Messages.tr("theme.view.deleteConfirm", s.theme().name()))) {
            change(p -> {
                p.themes().delete(s.theme().id());
                return null;
            });
        }
    }

    private interface Change {
        Object apply(Project p);
    }

    /** Runs a change off the UI thread; the revision bump that follows refreshes every theme view. */
    private void change(Change c) {
        Project p = session.project();
        if (p != null) {
            session.runner().run(() -> c.apply(p), done -> { }, errors::report);
        }
    }

    private UUID selectedId() {
        return selected.get() == null ? null : selected.get().theme().id();
    }

    public ObservableList<ThemeSummary> themes() {
        return themes;
    }

    public ObservableList<Code> themeCodes() {
        return themeCodes;
    }

    public ObservableList<Code> allCodes() {
        return allCodes;
    }

    public ObjectProperty<ThemeSummary> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty definitionProperty() {
        return definition;
    }

    public StringProperty memoProperty() {
        return memo;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
