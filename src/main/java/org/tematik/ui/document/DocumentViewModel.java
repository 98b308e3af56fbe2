package org.tematik.ui.document;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tematik.core.coding.CodingView;
import org.tematik.core.history.CommandStack;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.core.source.Source;
import org.tematik.core.source.SourceStructure;
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
    private final org.tematik.ui.common.DialogService dialogs;
    private final ErrorReporter errors;
    private final javafx.collections.ObservableList<org.tematik.core.codebook.CodeNode> codes;
    private final ObjectProperty<Gutter> gutter = new SimpleObjectProperty<>(Gutter.EMPTY);
    private List<CodingView> codings = List.of();
    private final ObjectProperty<Reveal> reveal = new SimpleObjectProperty<>();
    private TextSelection pendingReveal;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<List<HighlightRuns.Run>> highlights = new SimpleObjectProperty<>(List.of());
    private final StringProperty selectionInfo = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty(Messages.tr("document.none"));
    private static final CodePoints NO_TEXT = new CodePoints("");
    private Source shown;
    /**
     * The shown source's text and structure: set on the FX thread once its text is in, null while it loads (so a
     * jump waits for the new text rather than using the old one); what a refresh on the worker reads.
     */
    private volatile Showing showing;
    private final java.util.concurrent.atomic.AtomicBoolean refreshQueued = new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicBoolean changedWhileLoading = new java.util.concurrent.atomic.AtomicBoolean();
    /** Our own changes since the last refresh; and whether others' changes (unknown to us) call for reading all. */
    private final java.util.Queue<CommandStack.Applied> ownChanges = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final java.util.concurrent.atomic.AtomicBoolean readAll = new java.util.concurrent.atomic.AtomicBoolean();
    /** The codings last read for a source: kept by the worker's tasks only, which run one at a time. */
    private ReadCodings lastRead;

    public DocumentViewModel(ProjectSession session, org.tematik.ui.common.DialogService dialogs, ErrorReporter errors,
                             javafx.collections.ObservableList<org.tematik.core.codebook.CodeNode> codes) {
        this.session = session;
        this.dialogs = dialogs;
        this.errors = errors;
        this.codes = codes;
        session.selectedSourceProperty().addListener((obs, old, now) -> load(now));
        // our own changes are followed straight from the worker; the revision brings others' (a team server)
        session.followOwnChanges(applied -> {
            ownChanges.add(applied);
            refreshCodings();
        });
        session.revisionProperty().addListener((obs, old, now) -> {
            if (!session.isOwnChange()) {
                readAll.set(true);
                refreshCodings();
            }
        });
        // a jump asked for by any other screen (agreement, audit, matrix, search) through the session
        session.passageRequestProperty().addListener((obs, old, now) -> {
            if (now != null && session.selectedSourceProperty().get() != null
                    && session.selectedSourceProperty().get().id().equals(now.sourceId())) {
                reveal(session.selectedSourceProperty().get(), now.start(), now.end());
            }
        });
        load(session.selectedSourceProperty().get());
    }

    /** Called by the view with the control's selection, in UTF-16 indexes. */
    public void select(int start16, int end16) {
        if (shown == null) {
            session.selectionProperty().set(null);
            selectionInfo.set("");
            return;
        }
        int start = codePoints().toCodePoint(Math.min(start16, end16));
        int end = codePoints().toCodePoint(Math.max(start16, end16));
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

    public ReadOnlyStringProperty selectionInfoProperty() {
        return selectionInfo;
    }

    /**
     * Shows a passage (from retrieval, search, the audit): opens its source if needed and selects it
     * once the text is there.
     */
    public void reveal(Source source, int start, int end) {
        pendingReveal = new TextSelection(source.id(), start, end);
        if (shown != null && shown.id().equals(source.id()) && codePoints().length() >= end) {
            applyReveal();
        } else {
            session.selectedSourceProperty().set(source);
        }
    }

    /** The UTF-16 range the view should select and scroll to. */
    public ReadOnlyObjectProperty<Reveal> revealProperty() {
        return reveal;
    }

    private void applyReveal() {
        TextSelection target = pendingReveal;
        if (target == null || shown == null || !shown.id().equals(target.sourceId())) {
            return;
        }
        pendingReveal = null;
        reveal.set(null); // the same passage twice is still a jump
        reveal.set(new Reveal(codePoints().toUtf16(target.start()), codePoints().toUtf16(target.end())));
    }

    /** The margin's contents: paragraph and page numbers and coding stripes. */
    public ReadOnlyObjectProperty<Gutter> gutterProperty() {
        return gutter;
    }

    /** The codings covering UTF-16 index {@code index16} of the shown text (for the highlight's context menu). */
    public List<CodingView> codingsAt(int index16) {
        int at = codePoints().toCodePoint(Math.max(0, Math.min(index16, codePoints().text().length())));
        return codings.stream().filter(c -> c.coding().start() <= at && at < c.coding().end()).toList();
    }

    /** A coding's segment in UTF-16 indexes of the shown text: {start, end}. */
    public int[] range16(CodingView coding) {
        return new int[] {codePoints().toUtf16(coding.coding().start()), codePoints().toUtf16(coding.coding().end())};
    }

    public void remove(CodingView coding) {
        run(p -> p.codings().remove(coding.coding().id()));
    }

    /** Moves a coding to a code the user chooses (by its path in the codebook). */
    public void reassign(CodingView coding) {
        List<String> paths = codes.stream().filter(n -> !n.code().id().equals(coding.coding().codeId()))
                .map(org.tematik.core.codebook.CodeNode::path).toList();
        dialogs.choose(Messages.tr("coding.reassign.title"), Messages.tr("coding.reassign.prompt", coding.codeName()), paths)
                .flatMap(path -> codes.stream().filter(n -> n.path().equals(path)).findFirst())
                .ifPresent(to -> run(p -> p.codings().reassign(coding.coding().id(), to.code().id())));
    }

    /** Writes, changes or (with empty text) deletes the memo on a coding. */
    public void editMemo(CodingView coding) {
        dialogs.editMemo(Messages.tr("coding.memo.title"), Messages.tr("coding.memo.prompt", coding.codeName()),
                        coding.memo() == null ? "" : coding.memo())
                .ifPresent(text -> run(p -> p.memos().save(org.tematik.core.memo.Memo.ON_CODING, coding.coding().id(), text)));
    }

    /** The memo on the open source, edited the same way. */
    public void editSourceMemo() {
        Project project = session.project();
        Source source = shown;
        if (project == null || source == null) {
            return;
        }
        session.runner().run(() -> project.memos().on(org.tematik.core.memo.Memo.ON_SOURCE, source.id())
                .map(org.tematik.core.memo.Memo::body).orElse(""), current ->
                dialogs.editMemo(Messages.tr("source.memo.title"), Messages.tr("source.memo.prompt", source.name()), current)
                        .ifPresent(text -> run(p -> p.memos().save(org.tematik.core.memo.Memo.ON_SOURCE, source.id(), text))),
                errors::report);
    }

    private void run(java.util.function.Consumer<Project> change) {
        Project project = session.project();
        if (project != null) {
            session.runner().run(() -> {
                change.accept(project);
                return null;
            }, ignored -> { }, errors::report);
        }
    }

    /** A string that names the passage being dragged, for the drag board. */
    public String dragPayload() {
        TextSelection s = session.selectionProperty().get();
        return s == null ? "" : s.sourceId() + ":" + s.start() + ":" + s.end();
    }

    private void load(Source source) {
        shown = source;
        showing = null;
        changedWhileLoading.set(false);
        session.selectionProperty().set(null);
        selectionInfo.set("");
        title.set(source == null ? Messages.tr("document.none") : source.name());
        Project project = session.project();
        if (source == null || project == null) {
            text.set("");
            highlights.set(List.of());
            codings = List.of();
            gutter.set(Gutter.EMPTY);
            return;
        }
        session.runner().runFirst(() -> {
            CodePoints cps = project.sources().codePoints(source.id());
            SourceStructure s = project.sources().structure(source.id());
            List<CodingView> read = project.codings().forSource(source.id());
            lastRead = new ReadCodings(source.id(), read);
            return new Loaded(cps, s, Shown.of(cps, read, s));
        }, loaded -> {
                    if (shown != source || session.project() != project) {
                        return; // the user moved on while this loaded
                    }
                    showing = new Showing(project, source, loaded.text(), loaded.structure());
                    text.set(loaded.text().text());
                    showCodings(loaded.codings());
                    if (changedWhileLoading.getAndSet(false)) {
                        refreshCodings(); // a change landed after the load read the codings
                    }
                    applyReveal();
                }, errors::report);
    }

    /**
     * Reads the shown source's codings again after a change, on the worker ahead of other work. Called from
     * any thread; refreshes asked for while one waits are one refresh, since it reads the newest state.
     */
    private void refreshCodings() {
        if (!refreshQueued.compareAndSet(false, true)) {
            return;
        }
        session.runner().runFirst(() -> {
            refreshQueued.set(false);
            List<CommandStack.Applied> changes = new java.util.ArrayList<>();
            for (CommandStack.Applied a = ownChanges.poll(); a != null; a = ownChanges.poll()) {
                changes.add(a);
            }
            boolean all = readAll.getAndSet(false);
            Showing basis = showing;
            if (basis == null) {
                changedWhileLoading.set(true);
                return null;
            }
            // the text itself changed (a new source version, e.g. anonymisation): load it all again
            if (basis.project().sources().codePoints(basis.source().id()) != basis.text()) {
                return new Refreshed(basis, null);
            }
            List<CodingView> codings = all ? null : withChanges(basis, changes);
            if (codings == null) {
                codings = basis.project().codings().forSource(basis.source().id());
            }
            lastRead = new ReadCodings(basis.source().id(), codings);
            return new Refreshed(basis, Shown.of(basis.text(), codings, basis.structure()));
        }, refreshed -> {
            if (refreshed == null || refreshed.basis() != showing) {
                return; // the user moved on, or the load under way will show it
            }
            if (refreshed.codings() == null) {
                load(refreshed.basis().source());
            } else {
                showCodings(refreshed.codings());
            }
        }, errors::report);
    }

    /**
     * The codings last read with {@code changes} applied, when all they did was add, remove or re-assign single
     * codings: the changes a user makes all day cost a row each instead of reading the source's thousands.
     * Null when any change did something else (a rename, a merge, an undo of a batch): then all is read.
     */
    private List<CodingView> withChanges(Showing basis, List<CommandStack.Applied> changes) {
        ReadCodings last = lastRead;
        if (changes.isEmpty() || last == null || !last.sourceId().equals(basis.source().id())) {
            return null;
        }
        List<CodingView> codings = new java.util.ArrayList<>(last.codings());
        for (CommandStack.Applied applied : changes) {
            String action = applied.change().action();
            if (!ONE_CODING.contains(action)) {
                return null;
            }
            java.util.UUID id = java.util.UUID.fromString(applied.change().entityId());
            codings.removeIf(c -> c.coding().id().equals(id));
            if (!REMOVED.equals(action)) {
                java.util.Optional<CodingView> now = basis.project().codings().view(id);
                if (now.isEmpty()) {
                    return null;
                }
                if (now.get().coding().sourceId().equals(basis.source().id())) {
                    int at = 0; // the order the source's codings are read in: by start, then end
                    while (at < codings.size() && IN_TEXT_ORDER.compare(codings.get(at), now.get()) <= 0) {
                        at++;
                    }
                    codings.add(at, now.get());
                }
            }
        }
        return codings;
    }

    private static final String REMOVED = "coding.remove";
    private static final java.util.Set<String> ONE_CODING = java.util.Set.of("coding.add", REMOVED, "coding.reassign");
    private static final java.util.Comparator<CodingView> IN_TEXT_ORDER = java.util.Comparator
            .comparingInt((CodingView c) -> c.coding().start()).thenComparingInt(c -> c.coding().end());

    private void showCodings(Shown loaded) {
        codings = loaded.codings();
        gutter.set(loaded.gutter());
        highlights.set(loaded.runs());
    }

    /** Codings with their margin and highlight runs, computed on the worker so the FX thread only paints. */
    private record Shown(List<CodingView> codings, Gutter gutter, List<HighlightRuns.Run> runs) {
        static Shown of(CodePoints text, List<CodingView> codings, SourceStructure structure) {
            return new Shown(codings, Gutter.of(text, codings, structure), DocumentViewModel.runs(text, codings, structure));
        }
    }

    /** A passage to select and scroll to, in UTF-16 indexes of the shown text. */
    public record Reveal(int start16, int end16) {
    }

    private record Loaded(CodePoints text, SourceStructure structure, Shown codings) {
    }

    private record Showing(Project project, Source source, CodePoints text, SourceStructure structure) {
    }

    /** The shown text, for converting between the view's UTF-16 indexes and code points. */
    private CodePoints codePoints() {
        Showing now = showing;
        return now == null ? NO_TEXT : now.text();
    }

    private record ReadCodings(java.util.UUID sourceId, List<CodingView> codings) {
    }

    /** Codings read again for what was showing; null codings when the text itself changed. */
    private record Refreshed(Showing basis, Shown codings) {
    }

    static List<HighlightRuns.Run> runs(CodePoints text, List<CodingView> codings) {
        return runs(text, codings, SourceStructure.EMPTY);
    }

    /** Highlights in code colours, plus the speakers' names and headings marked for emphasis. */
    static List<HighlightRuns.Run> runs(CodePoints text, List<CodingView> codings, SourceStructure structure) {
        List<HighlightRuns.Span> spans = new java.util.ArrayList<>();
        for (SourceStructure.SpeakerTurn turn : structure.turns()) {
            int start16 = text.toUtf16(turn.start());
            int name = text.text().indexOf(turn.speaker(), start16);
            int colon = name < 0 ? -1 : text.text().indexOf(':', name + turn.speaker().length());
            if (colon >= 0 && colon - start16 < 120) { // the label "[00:12] Budi:" only, not the answer
                spans.add(new HighlightRuns.Span(start16, colon + 1, HighlightRuns.SPEAKER));
            }
        }
        for (SourceStructure.Paragraph p : structure.paragraphs()) {
            if ("heading".equals(p.kind())) {
                spans.add(new HighlightRuns.Span(text.toUtf16(p.start()), text.toUtf16(Math.min(p.end(), text.length())),
                        HighlightRuns.HEADING));
            }
        }
        codings.forEach(c -> spans.add(
                new HighlightRuns.Span(text.toUtf16(c.coding().start()), text.toUtf16(c.coding().end()), c.codeColor())));
        return HighlightRuns.compute(text.text().length(), spans);
    }
}
