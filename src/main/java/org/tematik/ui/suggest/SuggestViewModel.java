package org.tematik.ui.suggest;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.core.source.Source;
import org.tematik.core.suggest.Evidence;
import org.tematik.core.suggest.RankedCode;
import org.tematik.core.suggest.SuggestUnit;
import org.tematik.core.suggest.SuggestionService;
import org.tematik.core.suggest.UnitSuggestions;
import org.tematik.ui.common.ErrorReporter;
import org.tematik.ui.common.PassageOpener;
import org.tematik.ui.common.ProjectSession;

/**
 * The review queue of "Suggest for this source": the uncoded paragraphs with suggestions, in text order.
 * Accept (A) codes the unit with the chosen code, Reject (R) drops that code for good (it is recorded),
 * Skip (S) moves on without deciding. Choosing a unit shows it in the document.
 */
public final class SuggestViewModel {
    private final ProjectSession session;
    private final ErrorReporter errors;
    private final PassageOpener opener;
    private final ObservableList<UnitSuggestions> units = FXCollections.observableArrayList();
    private final ObservableList<RankedCode> codes = FXCollections.observableArrayList();
    private final ObservableList<Evidence> evidence = FXCollections.observableArrayList();
    private final ObjectProperty<UnitSuggestions> selectedUnit = new SimpleObjectProperty<>();
    private final ObjectProperty<RankedCode> selectedCode = new SimpleObjectProperty<>();
    private final StringProperty sourceName = new SimpleStringProperty("");
    private final StringProperty passage = new SimpleStringProperty("");
    private final StringProperty terms = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private Source source;
    private int accepted;
    private int rejected;

    public SuggestViewModel(ProjectSession session, ErrorReporter errors, PassageOpener opener) {
        this.session = session;
        this.errors = errors;
        this.opener = opener;
        selectedUnit.addListener((o, was, unit) -> showUnit(unit));
        selectedCode.addListener((o, was, code) -> showCode(code));
    }

    /** Builds the queue for the source open in the document (on the worker thread). */
    public void load() {
        Project project = session.project();
        Source open = session.selectedSourceProperty().get();
        if (project == null || open == null) {
            status.set(Messages.tr("suggest.view.noSource"));
            return;
        }
        source = open;
        sourceName.set(open.name());
        busy.set(true);
        status.set(Messages.tr("suggest.view.learning"));
        session.runner().run(() -> project.suggestions().forSource(open.id(), SuggestUnit.PARAGRAPH, SuggestionService.DEFAULT_TOP),
                found -> {
                    busy.set(false);
                    accepted = 0;
                    rejected = 0;
                    units.setAll(found);
                    selectedUnit.set(found.isEmpty() ? null : found.get(0));
                    updateStatus();
                }, e -> {
                    busy.set(false);
                    errors.report(e);
                });
    }

    /** A: the chosen code becomes a coding of the unit (origin "suggestion" in the trail), and the queue moves on. */
    public void accept() {
        UnitSuggestions unit = selectedUnit.get();
        RankedCode code = selectedCode.get();
        Project project = session.project();
        if (unit == null || code == null || project == null || busy.get()) {
            return;
        }
        busy.set(true);
        session.runner().run(() -> project.suggestions().accept(unit.sourceId(), unit.start(), unit.end(), code), id -> {
            busy.set(false);
            accepted++;
            removeUnit(unit);
        }, this::failed);
    }

    /** R: this code is not wanted for this unit; it is remembered, and the next code (or unit) comes up. */
    public void reject() {
        UnitSuggestions unit = selectedUnit.get();
        RankedCode code = selectedCode.get();
        Project project = session.project();
        if (unit == null || code == null || project == null || busy.get()) {
            return;
        }
        busy.set(true);
        session.runner().run(() -> {
            project.suggestions().reject(unit.sourceId(), unit.start(), unit.end(), code);
            return code;
        }, done -> {
            busy.set(false);
            rejected++;
            List<RankedCode> left = new ArrayList<>(unit.codes());
            left.remove(code);
            if (left.isEmpty()) {
                removeUnit(unit);
            } else {
                UnitSuggestions rest = new UnitSuggestions(unit.sourceId(), unit.sourceName(), unit.start(), unit.end(), unit.unit(),
                        unit.text(), List.copyOf(left));
                units.set(units.indexOf(unit), rest);
                selectedUnit.set(rest);
            }
        }, this::failed);
    }

    /** S: leave the unit undecided for now and go to the next one. */
    public void skip() {
        int at = units.indexOf(selectedUnit.get());
        if (at >= 0 && at + 1 < units.size()) {
            selectedUnit.set(units.get(at + 1));
        }
        updateStatus();
    }

    /** Shows an evidence segment in the document, to judge the suggestion by its neighbours. */
    public void openEvidence(Evidence e) {
        if (e != null) {
            opener.show(e.sourceId(), e.start(), e.end());
        }
    }

    private void removeUnit(UnitSuggestions unit) {
        int at = units.indexOf(unit);
        units.remove(unit);
        selectedUnit.set(units.isEmpty() ? null : units.get(Math.min(Math.max(at, 0), units.size() - 1)));
        updateStatus();
    }

    private void failed(Throwable e) {
        busy.set(false);
        errors.report(e);
    }

    private void showUnit(UnitSuggestions unit) {
        codes.setAll(unit == null ? List.of() : unit.codes());
        passage.set(unit == null ? "" : unit.text());
        selectedCode.set(codes.isEmpty() ? null : codes.get(0));
        if (unit != null) {
            opener.show(unit.sourceId(), unit.start(), unit.end());
        }
        updateStatus();
    }

    private void showCode(RankedCode code) {
        evidence.setAll(code == null ? List.of() : code.evidence());
        terms.set(code == null ? "" : String.join(", ", code.terms()));
    }

    private void updateStatus() {
        if (source == null) {
            return;
        }
        int at = units.indexOf(selectedUnit.get()) + 1;
        status.set(units.isEmpty() ? Messages.tr("suggest.view.done", accepted, rejected)
                : Messages.tr("suggest.view.progress", at, units.size(), accepted, rejected));
    }

    public ObservableList<UnitSuggestions> units() {
        return units;
    }

    public ObservableList<RankedCode> codes() {
        return codes;
    }

    public ObservableList<Evidence> evidence() {
        return evidence;
    }

    public ObjectProperty<UnitSuggestions> selectedUnitProperty() {
        return selectedUnit;
    }

    public ObjectProperty<RankedCode> selectedCodeProperty() {
        return selectedCode;
    }

    public StringProperty sourceNameProperty() {
        return sourceName;
    }

    public StringProperty passageProperty() {
        return passage;
    }

    public StringProperty termsProperty() {
        return terms;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
