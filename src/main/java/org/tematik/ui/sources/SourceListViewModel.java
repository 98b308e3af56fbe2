package org.tematik.ui.sources;

import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tematik.core.project.Project;
import org.tematik.core.source.Source;
import org.tematik.ui.common.ErrorReporter;
import org.tematik.ui.common.ProjectSession;

/** The project's sources, refreshed after every change; the selection is shared with the document viewer. */
public final class SourceListViewModel {
    private final ProjectSession session;
    private final ErrorReporter errors;
    private final ObservableList<Source> all = FXCollections.observableArrayList();
    private final ObservableList<Source> sources = FXCollections.observableArrayList();
    private final javafx.beans.property.StringProperty filter = new javafx.beans.property.SimpleStringProperty("");
    private java.util.Map<java.util.UUID, Integer> coded = java.util.Map.of();
    private java.util.Map<java.util.UUID, java.util.List<String>> cases = java.util.Map.of();
    private org.tematik.ui.common.AppSettings settings;

    public SourceListViewModel(ProjectSession session, ErrorReporter errors) {
        this.session = session;
        this.errors = errors;
        session.revisionProperty().addListener((obs, old, now) -> reload());
        filter.addListener((obs, old, now) -> refilter());
        session.selectedSourceProperty().addListener((obs, old, now) -> {
            if (settings != null && now != null && session.project() != null) {
                settings.setLastSource(session.project().dir(), now.id().toString());
            }
        });
        reload();
    }

    /** Remembers the open source per project, and opens it again next time. */
    public void rememberWith(org.tematik.ui.common.AppSettings appSettings) {
        this.settings = appSettings;
    }

    /** The sources matching the filter box (by name, type or case). */
    public ObservableList<Source> sources() {
        return sources;
    }

    public javafx.beans.property.StringProperty filterProperty() {
        return filter;
    }

    /** The share of the source's text that is coded, 0 to 1. */
    public double progress(Source source) {
        return source.chars() == 0 ? 0 : Math.min(1.0, coded.getOrDefault(source.id(), 0) / (double) source.chars());
    }

    private void refilter() {
        String wanted = filter.get() == null ? "" : filter.get().strip().toLowerCase(java.util.Locale.ROOT);
        sources.setAll(all.stream().filter(s -> wanted.isEmpty()
                || s.name().toLowerCase(java.util.Locale.ROOT).contains(wanted)
                || s.sourceType().toLowerCase(java.util.Locale.ROOT).contains(wanted)
                || cases.getOrDefault(s.id(), java.util.List.of()).stream()
                        .anyMatch(c -> c.toLowerCase(java.util.Locale.ROOT).contains(wanted))).toList());
    }

    private record Loaded(java.util.List<Source> list, java.util.Map<java.util.UUID, Integer> coded,
                          java.util.Map<java.util.UUID, java.util.List<String>> cases) {
    }

    public ObjectProperty<Source> selectedSourceProperty() {
        return session.selectedSourceProperty();
    }

    private void reload() {
        Project project = session.project();
        if (project == null) {
            all.clear();
            sources.clear();
            return;
        }
        session.runner().run(() -> {
            java.util.List<Source> list = project.sources().list();
            java.util.Map<java.util.UUID, java.util.List<String>> byCase = new java.util.HashMap<>();
            list.forEach(s -> byCase.put(s.id(), project.casebook().casesOf(s.id())));
            return new Loaded(list, project.codings().codedLengths(), byCase);
        }, loaded -> {
            if (session.project() != project) {
                return; // another project was opened while this one's list loaded
            }
            java.util.List<Source> list = loaded.list();
            coded = loaded.coded();
            cases = loaded.cases();
            Source selected = session.selectedSourceProperty().get();
            all.setAll(list);
            refilter();
            if (selected == null || list.stream().noneMatch(s -> s.id().equals(selected.id()))) {
                String last = settings == null ? null : settings.lastSource(project.dir()).orElse(null);
                session.selectedSourceProperty().set(list.stream().filter(s -> s.id().toString().equals(last)).findFirst()
                        .orElse(list.isEmpty() ? null : list.get(0)));
            }
        }, errors::report);
    }
}
