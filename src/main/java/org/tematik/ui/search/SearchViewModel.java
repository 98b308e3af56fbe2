package org.tematik.ui.search;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tematik.core.codebook.Code;
import org.tematik.core.codebook.CodeNode;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.core.search.AutocodeUnit;
import org.tematik.core.search.SearchHit;
import org.tematik.core.search.SearchLanguage;
import org.tematik.core.search.SearchResult;
import org.tematik.ui.common.ErrorReporter;
import org.tematik.ui.common.ProjectSession;

/**
 * The search panel: a query, its hits (the first {@link #LIMIT}, in source and text order), a preview of
 * the selected hit, opening a hit's passage in the document view, and coding all hits with one code.
 */
public final class SearchViewModel {
    /** More hits than anyone reads in a list; "code all hits" still codes every one. */
    public static final int LIMIT = 1000;

    private final ProjectSession session;
    private final ErrorReporter errors;
    private final Consumer<SearchHit> passageOpener;
    private final StringProperty query = new SimpleStringProperty("");
    /** Null searches sources of every language. */
    private final ObjectProperty<SearchLanguage> language = new SimpleObjectProperty<>();
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ObjectProperty<SearchHit> selectedHit = new SimpleObjectProperty<>();
    private final ObservableList<Code> codes = FXCollections.observableArrayList();
    private final ObjectProperty<Code> code = new SimpleObjectProperty<>();
    private final ObjectProperty<AutocodeUnit> unit = new SimpleObjectProperty<>(AutocodeUnit.HIT);
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty previewBefore = new SimpleStringProperty("");
    private final StringProperty previewMatch = new SimpleStringProperty("");
    private final StringProperty previewAfter = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private String searched;

    public SearchViewModel(ProjectSession session, ErrorReporter errors, Consumer<SearchHit> passageOpener) {
        this.session = session;
        this.errors = errors;
        this.passageOpener = passageOpener;
        selectedHit.addListener((obs, old, now) -> preview(now));
        session.revisionProperty().addListener((obs, old, now) -> loadCodes());
        loadCodes();
    }

    public void search() {
        Project project = session.project();
        String q = query.get() == null ? "" : query.get().strip();
        if (project == null || q.isEmpty()) {
            return;
        }
        SearchLanguage lang = language.get();
        busy.set(true);
        session.runner().run(() -> project.search().search(q, lang, LIMIT), this::show, e -> {
            busy.set(false);
            errors.report(e);
        });
    }

    private void show(SearchResult r) {
        busy.set(false);
        searched = r.query();
        hits.setAll(r.hits());
        selectedHit.set(hits.isEmpty() ? null : hits.get(0));
        summary.set(r.complete() ? Messages.tr("search.panel.summary", r.hits().size(), r.paragraphs(), r.millis())
                : Messages.tr("search.panel.summaryCut", r.hits().size(), r.paragraphs(), r.millis()));
    }

    /** Shows the hit's passage, selected, in the document view. */
    public void open(SearchHit hit) {
        if (hit != null) {
            passageOpener.accept(hit);
        }
    }

    /** Codes every hit of the last search (not only the listed ones) with the chosen code and unit, as one undo. */
    public void codeAllHits() {
        Project project = session.project();
        Code chosen = code.get();
        if (project == null || searched == null) {
            return;
        }
        if (chosen == null) {
            session.statusProperty().set(Messages.tr("search.panel.chooseCode"));
            return;
        }
        String q = searched;
        SearchLanguage lang = language.get();
        AutocodeUnit u = unit.get();
        busy.set(true);
        session.runner().run(() -> project.search().autocode(q, lang, chosen.id().toString(), u), r -> {
            busy.set(false);
            summary.set(Messages.tr("autocode.done", r.coded(), u.label(), r.codeName(), r.hits()));
        }, e -> {
            busy.set(false);
            errors.report(e);
        });
    }

    private void preview(SearchHit hit) {
        previewBefore.set(hit == null ? "" : hit.snippet().substring(0, hit.snippetStart()));
        previewMatch.set(hit == null ? "" : hit.snippet().substring(hit.snippetStart(), hit.snippetEnd()));
        previewAfter.set(hit == null ? "" : hit.snippet().substring(hit.snippetEnd()));
    }

    private void loadCodes() {
        Project project = session.project();
        if (project == null) {
            codes.clear();
            return;
        }
        session.runner().run(() -> project.codebook().tree().stream().map(CodeNode::code).toList(), (List<Code> all) -> {
            Code was = code.get();
            codes.setAll(all);
            code.set(was == null ? null : all.stream().filter(c -> c.id().equals(was.id())).findFirst().orElse(null));
        }, errors::report);
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<SearchLanguage> languageProperty() {
        return language;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    public ObjectProperty<SearchHit> selectedHitProperty() {
        return selectedHit;
    }

    public ObservableList<Code> codes() {
        return codes;
    }

    public ObjectProperty<Code> codeProperty() {
        return code;
    }

    public ObjectProperty<AutocodeUnit> unitProperty() {
        return unit;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty previewBeforeProperty() {
        return previewBefore;
    }

    public StringProperty previewMatchProperty() {
        return previewMatch;
    }

    public StringProperty previewAfterProperty() {
        return previewAfter;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** A hit as a list line: source, page, and the snippet. */
    public static String label(SearchHit hit) {
        String page = hit.page() == 0 ? "" : " · " + Messages.tr("search.page", hit.page());
        return hit.sourceName() + page + " — " + hit.snippet();
    }
}
