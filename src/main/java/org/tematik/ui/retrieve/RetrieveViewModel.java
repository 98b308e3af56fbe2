package org.tematik.ui.retrieve;

import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tematik.core.codebook.CodeNode;
import org.tematik.core.coding.Retrieval;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.ui.common.ErrorReporter;
import org.tematik.ui.common.ProjectSession;
import org.tematik.ui.document.DocumentViewModel;

/** Retrieval: pick codes, AND or OR, optional filters; see every passage with context; a click opens it. */
public final class RetrieveViewModel {
    private final ProjectSession session;
    private final ErrorReporter errors;
    private final DocumentViewModel document;
    private final ObservableList<CodeNode> codes;
    private final ObservableList<UUID> chosen = FXCollections.observableArrayList();
    private final BooleanProperty all = new SimpleBooleanProperty(false);
    private final ObjectProperty<String> sourceType = new SimpleObjectProperty<>();
    private final ObjectProperty<String> caseName = new SimpleObjectProperty<>();
    private final ObjectProperty<String> coder = new SimpleObjectProperty<>();
    private final ObservableList<String> sourceTypes = FXCollections.observableArrayList();
    private final ObservableList<String> cases = FXCollections.observableArrayList();
    private final ObservableList<String> coders = FXCollections.observableArrayList();
    private final ObservableList<Retrieval.Hit> hits = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");

    public RetrieveViewModel(ProjectSession session, ErrorReporter errors, DocumentViewModel document, ObservableList<CodeNode> codes) {
        this.session = session;
        this.errors = errors;
        this.document = document;
        this.codes = codes;
        session.revisionProperty().addListener((obs, old, now) -> refresh());
    }

    public ObservableList<CodeNode> codes() {
        return codes;
    }

    /** The codes to retrieve; the view keeps it in step with its multiple selection. */
    public ObservableList<UUID> chosenCodes() {
        return chosen;
    }

    /** True: passages coded with all chosen codes (AND); false: with any (OR). */
    public BooleanProperty allProperty() {
        return all;
    }

    public ObjectProperty<String> sourceTypeProperty() {
        return sourceType;
    }

    public ObjectProperty<String> caseProperty() {
        return caseName;
    }

    public ObjectProperty<String> coderProperty() {
        return coder;
    }

    public ObservableList<String> sourceTypes() {
        return sourceTypes;
    }

    public ObservableList<String> cases() {
        return cases;
    }

    public ObservableList<String> coders() {
        return coders;
    }

    public ObservableList<Retrieval.Hit> hits() {
        return hits;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    /** Loads the filter choices and runs the query. */
    public void refresh() {
        Project project = session.project();
        if (project == null) {
            hits.clear();
            return;
        }
        session.runner().run(() -> new Choices(
                new TreeSet<>(project.sources().list().stream().map(s -> s.sourceType()).toList()),
                new TreeSet<>(project.casebook().list().stream().map(c -> c.name()).toList()),
                new TreeSet<>(project.codings().list(null, null).stream().map(c -> c.coding().coder()).toList())), choices -> {
                    sourceTypes.setAll(choices.types());
                    cases.setAll(choices.cases());
                    coders.setAll(choices.coders());
                    retrieve();
                }, errors::report);
    }

    public void retrieve() {
        Project project = session.project();
        if (project == null) {
            return;
        }
        Retrieval.Query query = new Retrieval.Query(Set.copyOf(chosen), all.get(), sourceType.get(), caseName.get(), coder.get());
        session.runner().run(() -> project.retrieval().retrieve(query), found -> {
            hits.setAll(found);
            long sources = found.stream().map(Retrieval.Hit::sourceId).distinct().count();
            summary.set(chosen.isEmpty() ? Messages.tr("retrieve.chooseCodes")
                    : Messages.tr("retrieve.summary", found.size(), sources));
        }, errors::report);
    }

    /** Opens the hit's source in the viewer with the passage selected. */
    public void jump(Retrieval.Hit hit) {
        Project project = session.project();
        if (project == null || hit == null) {
            return;
        }
        session.runner().run(() -> project.sources().list().stream().filter(s -> s.id().equals(hit.sourceId())).findFirst(),
                source -> source.ifPresent(s -> document.reveal(s, hit.start(), hit.end())), errors::report);
    }

    private record Choices(Set<String> types, Set<String> cases, Set<String> coders) {
    }
}
