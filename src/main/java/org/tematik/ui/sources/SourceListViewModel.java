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
    private final ObservableList<Source> sources = FXCollections.observableArrayList();

    public SourceListViewModel(ProjectSession session, ErrorReporter errors) {
        this.session = session;
        this.errors = errors;
        session.revisionProperty().addListener((obs, old, now) -> reload());
        reload();
    }

    public ObservableList<Source> sources() {
        return sources;
    }

    public ObjectProperty<Source> selectedSourceProperty() {
        return session.selectedSourceProperty();
    }

    private void reload() {
        Project project = session.project();
        if (project == null) {
            sources.clear();
            return;
        }
        session.runner().run(() -> project.sources().list(), list -> {
            if (session.project() != project) {
                return; // another project was opened while this one's list loaded
            }
            Source selected = session.selectedSourceProperty().get();
            sources.setAll(list);
            if (selected == null || list.stream().noneMatch(s -> s.id().equals(selected.id()))) {
                session.selectedSourceProperty().set(list.isEmpty() ? null : list.get(0));
            }
        }, errors::report);
    }
}
