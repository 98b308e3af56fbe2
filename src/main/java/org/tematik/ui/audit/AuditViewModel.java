package org.tematik.ui.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tematik.core.audit.AuditBrowser;
import org.tematik.core.audit.AuditEvent;
import org.tematik.core.audit.AuditFilter;
import org.tematik.core.audit.CoderActivity;
import org.tematik.core.audit.EventText;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.ui.common.ErrorReporter;
import org.tematik.ui.common.ProjectSession;

/**
 * The audit viewer: filters (coder, action, code, source, time range, text), a virtual table of the
 * matching events, the selected event's before/after, "Verify trail", and a jump to the affected code
 * or passage. Everything that reads the project runs on the task runner.
 */
public final class AuditViewModel {
    private final ProjectSession session;
    private final ErrorReporter errors;
    private final ObjectProperty<Choice> coder = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> action = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> code = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> source = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<Choice> coders = FXCollections.observableArrayList();
    private final ObservableList<Choice> actions = FXCollections.observableArrayList();
    private final ObservableList<Choice> codes = FXCollections.observableArrayList();
    private final ObservableList<Choice> sources = FXCollections.observableArrayList();
    private final ObjectProperty<ObservableList<AuditRow>> rows = new SimpleObjectProperty<>(FXCollections.observableArrayList());
    private final ObjectProperty<AuditRow> selected = new SimpleObjectProperty<>();
    private final StringProperty count = new SimpleStringProperty("");
    private final StringProperty detail = new SimpleStringProperty("");
    private final StringProperty verification = new SimpleStringProperty("");
    private final IntegerProperty scrollTo = new SimpleIntegerProperty(-1);
    private final ObservableList<CoderActivity.Day> activity = FXCollections.observableArrayList();
    private final javafx.beans.property.BooleanProperty activityShown = new javafx.beans.property.SimpleBooleanProperty();
    private EventText describer = new EventText(id -> null);
    private long generation;
    private boolean quiet;

    public AuditViewModel(ProjectSession session, ErrorReporter errors) {
        this.session = session;
        this.errors = errors;
        selected.addListener((obs, old, row) -> detail.set(row == null || !row.isLoaded() ? "" : EventDetail.of(row.event(), describer)));
        for (var p : List.of(coder, action, code, source)) {
            p.addListener((obs, old, now) -> filterChanged());
        }
        from.addListener((obs, old, now) -> filterChanged());
        to.addListener((obs, old, now) -> filterChanged());
        text.addListener((obs, old, now) -> filterChanged());
        activityShown.addListener((obs, old, shown) -> {
            if (shown) {
                loadActivity();
            }
        });
    }

    /** Loads the filter choices and the whole trail. */
    public void open() {
        Project project = session.project();
        if (project == null) {
            return;
        }
        session.runner().run(() -> Options.load(project), options -> {
            describer = options.describer();
            coders.setAll(options.coders());
            actions.setAll(options.actions());
            codes.setAll(options.codes());
            sources.setAll(options.sources());
            quiet = true; // start at "all" everywhere, then query once
            coder.set(coders.get(0));
            action.set(actions.get(0));
            code.set(codes.get(0));
            source.set(sources.get(0));
            quiet = false;
            applyFilter();
        }, errors::report);
    }

    public AuditFilter filter() {
        return new AuditFilter(value(coder), value(action), uuid(code), uuid(source),
                from.get() == null ? null : from.get().atStartOfDay(ZoneOffset.UTC).toInstant(),
                to.get() == null ? null : to.get().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                text.get() == null || text.get().isBlank() ? null : text.get().strip());
    }

    private void filterChanged() {
        if (!quiet) {
            applyFilter();
        }
    }

    /** Re-queries the matching seqs; a slower earlier query that finishes late is ignored. */
    public void applyFilter() {
        Project project = session.project();
        if (project == null) {
            return;
        }
        AuditFilter f = filter();
        AuditBrowser browser = project.supervision().browser();
        long mine = ++generation;
        EventText text = describer;
        session.runner().run(() -> browser.matching(f), seqs -> {
            if (mine != generation) {
                return;
            }
            rows.set(new EventPages(seqs, (lo, hi, done) -> session.runner().run(() -> browser.page(lo, hi, f),
                    events -> done.accept(toRows(events, text)), errors::report)));
            count.set(Messages.tr("audit.viewer.count", seqs.size()));
        }, errors::report);
        if (activityShown.get()) {
            loadActivity();
        }
    }

    /** Coder activity per day for the current filter; read only while its tab is shown (it scans the selection). */
    public void loadActivity() {
        Project project = session.project();
        if (project == null) {
            return;
        }
        AuditFilter f = filter();
        long mine = generation;
        session.runner().run(() -> project.supervision().activity().of(f), days -> {
            if (mine == generation) {
                activity.setAll(days);
            }
        }, errors::report);
    }

    private static List<AuditRow> toRows(List<AuditEvent> events, EventText text) {
        List<AuditRow> out = new ArrayList<>(events.size());
        events.forEach(e -> out.add(AuditRow.of(e, text)));
        return out;
    }

    /** Recomputes the chain and replays it against the tables; on a break, scrolls to the broken event. */
    public void verify() {
        Project project = session.project();
        if (project == null) {
            return;
        }
        verification.set(Messages.tr("audit.viewer.verifying"));
        session.runner().run(() -> Integrity.check(project), result -> {
            verification.set(result.message());
            if (result.brokenSeq() != null && rows.get() instanceof EventPages pages) {
                scrollTo.set(pages.indexOfSeq(result.brokenSeq()));
            }
        }, errors::report);
    }

    /** Selects the event's code, or the coded passage's source and span, in the main window. */
    public void showInProject() {
        AuditRow row = selected.get();
        Project project = session.project();
        if (row == null || !row.isLoaded() || project == null) {
            return;
        }
        Jump jump = Jump.of(row.event());
        if (jump.code() != null) {
            session.selectedCodeProperty().set(jump.code());
        }
        if (jump.source() != null) {
            session.runner().run(() -> project.sources().list().stream().filter(s -> s.id().equals(jump.source())).findFirst(),
                    found -> found.ifPresentOrElse(s -> {
                        session.selectedSourceProperty().set(s);
                        if (jump.end() > jump.start()) {
                            session.selectionProperty().set(new org.tematik.ui.common.TextSelection(s.id(), jump.start(), jump.end()));
                        }
                    }, () -> session.statusProperty().set(Messages.tr("audit.viewer.sourceGone"))), errors::report);
        }
    }

    private static String value(ObjectProperty<Choice> p) {
        return p.get() == null ? null : p.get().value();
    }

    private static UUID uuid(ObjectProperty<Choice> p) {
        String v = value(p);
        return v == null ? null : UUID.fromString(v);
    }

    public ObjectProperty<Choice> coderProperty() {
        return coder;
    }

    public ObjectProperty<Choice> actionProperty() {
        return action;
    }

    public ObjectProperty<Choice> codeProperty() {
        return code;
    }

    public ObjectProperty<Choice> sourceProperty() {
        return source;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<Choice> coders() {
        return coders;
    }

    public ObservableList<Choice> actions() {
        return actions;
    }

    public ObservableList<Choice> codes() {
        return codes;
    }

    public ObservableList<Choice> sources() {
        return sources;
    }

    public ObjectProperty<ObservableList<AuditRow>> rowsProperty() {
        return rows;
    }

    public ObjectProperty<AuditRow> selectedProperty() {
        return selected;
    }

    public StringProperty countProperty() {
        return count;
    }

    public StringProperty detailProperty() {
        return detail;
    }

    public StringProperty verificationProperty() {
        return verification;
    }

    public ObservableList<CoderActivity.Day> activity() {
        return activity;
    }

    public javafx.beans.property.BooleanProperty activityShownProperty() {
        return activityShown;
    }

    public IntegerProperty scrollToProperty() {
        return scrollTo;
    }
}
