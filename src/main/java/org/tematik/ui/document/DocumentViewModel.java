package org.tematik.ui.document;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tematik.core.coding.CodingView;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.core.source.Source;
import org.tematik.core.util.CodePoints;
import org.tematik.ui.common.ErrorReporter;
import org.tematik.ui.common.ProjectSession;
import org.tematik.ui.common.TextSelection;

/**
 * The open source: its text, its codings as highlight runs, and the selected passage. The view speaks
 * UTF-16 (as text controls do); this converts to the code points codings are stored in.
 */
public final class DocumentViewModel {
    private final ProjectSession session;
    private final ErrorReporter errors;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<List<HighlightRuns.Run>> highlights = new SimpleObjectProperty<>(List.of());
    private final StringProperty selectionInfo = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty(Messages.tr("document.none"));
    private final ObjectProperty<Range> reveal = new SimpleObjectProperty<>();
    private CodePoints codePoints = new CodePoints("");
    private Source shown;

    public DocumentViewModel(ProjectSession session, ErrorReporter errors) {
        this.session = session;
        this.errors = errors;
        session.selectedSourceProperty().addListener((obs, old, now) -> load(now));
        session.revisionProperty().addListener((obs, old, now) -> reloadCodings());
        session.passageRequestProperty().addListener((obs, old, now) -> revealRequested());
        load(session.selectedSourceProperty().get());
    }

    /** Called by the view with the control's selection, in UTF-16 indexes. */
    public void select(int start16, int end16) {
        if (shown == null) {
            session.selectionProperty().set(null);
            selectionInfo.set("");
            return;
        }
        int start = codePoints.toCodePoint(Math.min(start16, end16));
        int end = codePoints.toCodePoint(Math.max(start16, end16));
        session.selectionProperty().set(new TextSelection(shown.id(), start, end));
        selectionInfo.set(end > start ? Messages.tr("document.selection", start, end, end - start) : "");
    }

    public ReadOnlyStringProperty textProperty() {
        return text;
    }

    public ReadOnlyObjectProperty<List<HighlightRuns.Run>> highlightsProperty() {
        return highlights;
    }

    /** The open source's name, or a hint when none is open. */
    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    /** The passage the view should select and scroll to, in UTF-16 indexes (set after a jump). */
    public ReadOnlyObjectProperty<Range> revealProperty() {
        return reveal;
    }

    /** Shows the requested passage once its source's text is loaded. */
    private void revealRequested() {
        TextSelection wanted = session.passageRequestProperty().get();
        if (wanted == null || shown == null || !shown.id().equals(wanted.sourceId()) || codePoints.text().isEmpty()) {
            return;
        }
        int end = Math.min(wanted.end(), codePoints.length());
        reveal.set(null); // a second jump to the same passage must still scroll there
        reveal.set(new Range(codePoints.toUtf16(Math.min(wanted.start(), end)), codePoints.toUtf16(end)));
    }

    public ReadOnlyStringProperty selectionInfoProperty() {
        return selectionInfo;
    }

    /** A string that names the passage being dragged, for the drag board. */
    public String dragPayload() {
        TextSelection s = session.selectionProperty().get();
        return s == null ? "" : s.sourceId() + ":" + s.start() + ":" + s.end();
    }

    private void load(Source source) {
        shown = source;
        session.selectionProperty().set(null);
        selectionInfo.set("");
        title.set(source == null ? Messages.tr("document.none") : source.name());
        Project project = session.project();
        if (source == null || project == null) {
            codePoints = new CodePoints("");
            text.set("");
            highlights.set(List.of());
            return;
        }
        session.runner().run(() -> new Loaded(project.sources().codePoints(source.id()), project.codings().forSource(source.id())),
                loaded -> {
                    if (shown != source || session.project() != project) {
                        return; // the user moved on while this loaded
                    }
                    codePoints = loaded.text();
                    text.set(loaded.text().text());
                    highlights.set(runs(loaded.text(), loaded.codings()));
                    revealRequested();
                }, errors::report);
    }

    private void reloadCodings() {
        Project project = session.project();
        Source source = shown;
        if (source == null || project == null) {
            return;
        }
        session.runner().run(() -> project.codings().forSource(source.id()), codings -> {
            if (shown == source && session.project() == project) {
                highlights.set(runs(codePoints, codings));
            }
        }, errors::report);
    }

    /** A stretch of the shown text in UTF-16 indexes, as the text control counts. */
    public record Range(int start, int end) {
    }

    private record Loaded(CodePoints text, List<CodingView> codings) {
    }

    static List<HighlightRuns.Run> runs(CodePoints text, List<CodingView> codings) {
        List<HighlightRuns.Span> spans = codings.stream()
                .map(c -> new HighlightRuns.Span(text.toUtf16(c.coding().start()), text.toUtf16(c.coding().end()), c.codeColor()))
                .toList();
        return HighlightRuns.compute(text.text().length(), spans);
    }
}
