package org.tematik.ui.codebook;

import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tematik.core.codebook.CodeNode;
import org.tematik.core.codebook.CodebookService;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.ui.common.DialogService;
import org.tematik.ui.common.ErrorReporter;
import org.tematik.ui.common.ProjectSession;
import org.tematik.ui.common.TextSelection;

/** The codebook tree: create, rename, delete codes, and apply a code to the selected passage. */
public final class CodebookViewModel {
    private final ProjectSession session;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final ObservableList<CodeNode> codes = FXCollections.observableArrayList();
    private final ObservableList<CodeNode> visible = FXCollections.observableArrayList();
    private final ObservableList<CodeNode> recent = FXCollections.observableArrayList();
    private final java.util.List<UUID> recentIds = new java.util.ArrayList<>();
    private final javafx.beans.property.StringProperty filter = new javafx.beans.property.SimpleStringProperty("");
    private final CodeDetailsViewModel details;
    private java.util.Map<UUID, Integer> sourceCounts = java.util.Map.of();

    public CodebookViewModel(ProjectSession session, DialogService dialogs, ErrorReporter errors) {
        this.session = session;
        this.dialogs = dialogs;
        this.errors = errors;
        this.details = new CodeDetailsViewModel(session, errors);
        session.selectedCodeProperty().addListener((obs, old, now) -> showDetails());
        session.revisionProperty().addListener((obs, old, now) -> reload());
        filter.addListener((obs, old, now) -> refilter());
        session.projectProperty().addListener((obs, old, now) -> {
            recentIds.clear();
            recent.clear();
        });
        reload();
    }

    /** The selected code's side panel. */
    public CodeDetailsViewModel details() {
        return details;
    }

    /** Moves a dragged code: before {@code target} (as its sibling) or, with {@code before} false, under it. */
    public void moveCode(UUID id, UUID target, boolean before) {
        if (id.equals(target)) {
            return;
        }
        UUID parent = target == null ? null
                : before ? codes.stream().filter(n -> n.code().id().equals(target)).findFirst().map(n -> n.code().parentId()).orElse(null)
                : target;
        withProject(p -> p.codebook().move(id, parent, before ? target : null));
    }

    /** Shows the selected code's details again (a view rebuilt in another language calls this). */
    public void showDetails() {
        Optional<CodeNode> node = selected();
        details.show(node.orElse(null), node.map(n -> sourceCounts.getOrDefault(n.code().id(), 0)).orElse(0));
    }

    /** The codes the tree shows: those matching the filter box, with their parents for context. */
    public ObservableList<CodeNode> visibleCodes() {
        return visible;
    }

    /** The codes applied most recently, newest first: keys 1 to 9 apply them. */
    public ObservableList<CodeNode> recentCodes() {
        return recent;
    }

    /** The quick-code / filter box's text. */
    public javafx.beans.property.StringProperty filterProperty() {
        return filter;
    }

    /** Key {@code n} (1-9): codes the selection with the n-th most recent code. */
    public void codeWithRecent(int n) {
        if (n < 1 || n > recent.size()) {
            session.statusProperty().set(Messages.tr("coding.noRecent", n));
            return;
        }
        codeSelection(recent.get(n - 1).code().id());
    }

    /** Enter in the quick-code box: codes the selection with the best match (a whole-name match, else the first shown). */
    public void quickCode() {
        String wanted = filter.get() == null ? "" : filter.get().strip();
        Optional<CodeNode> best = visible.stream().filter(n -> n.code().name().equalsIgnoreCase(wanted)).findFirst()
                .or(() -> visible.stream().filter(n -> matches(n, wanted)).findFirst());
        if (wanted.isEmpty() || best.isEmpty()) {
            session.statusProperty().set(Messages.tr("coding.quick.noMatch", wanted));
            return;
        }
        if (!hasSelection()) {
            session.statusProperty().set(Messages.tr("coding.needSelection"));
            return;
        }
        codeSelection(best.get().code().id());
        filter.set("");
    }

    /** A new code named after the selected words, applied to them. */
    public void codeInVivo() {
        TextSelection selection = session.selectionProperty().get();
        if (selection == null || selection.isEmpty()) {
            session.statusProperty().set(Messages.tr("coding.needSelection"));
            return;
        }
        Project project = session.project();
        if (project == null) {
            return;
        }
        session.runner().run(() -> project.codings().codeInVivo(selection.sourceId(), selection.start(), selection.end()),
                this::remember, errors::report);
    }

    /** Merges the selected code into one the user chooses; its codings and sub-codes move there. */
    public void mergeSelected() {
        Optional<CodeNode> node = selected();
        if (node.isEmpty()) {
            session.statusProperty().set(Messages.tr("codebook.needCode"));
            return;
        }
        String fromPath = node.get().path();
        java.util.List<String> targets = codes.stream().map(CodeNode::path)
                .filter(p -> !p.equals(fromPath) && !p.startsWith(fromPath + CodeNode.PATH_SEPARATOR)).toList();
        dialogs.choose(Messages.tr("codebook.merge.title"), Messages.tr("codebook.merge.prompt", node.get().code().name()), targets)
                .flatMap(path -> codes.stream().filter(n -> n.path().equals(path)).findFirst())
                .ifPresent(into -> withProject(p -> p.codebook().merge(node.get().code().id().toString(), into.code().id().toString())));
    }

    /** The codebook in tree order; the view nests it by parent. */
    public ObservableList<CodeNode> codes() {
        return codes;
    }

    public ObjectProperty<UUID> selectedCodeProperty() {
        return session.selectedCodeProperty();
    }

    public void addCode() {
        askAndAdd(null);
    }

    public void addSubCode() {
        selected().ifPresentOrElse(parent -> askAndAdd(parent.code().id()),
                () -> session.statusProperty().set(Messages.tr("codebook.needParent")));
    }

    public void renameSelected() {
        selected().ifPresent(node -> dialogs.askText(Messages.tr("codebook.rename.title"), Messages.tr("codebook.rename.prompt"),
                node.code().name()).ifPresent(name ->
                withProject(p -> p.codebook().rename(node.code().id().toString(), name))));
    }

    public void deleteSelected() {
        Optional<CodeNode> node = selected();
        Project project = session.project();
        if (node.isEmpty() || project == null) {
            return;
        }
        UUID id = node.get().code().id();
        session.runner().run(() -> project.codebook().impactOfDeleting(id), impact -> {
            String message = Messages.tr("codebook.delete.confirm", node.get().code().name(), impact.childCodes(), impact.codings());
            if (dialogs.confirm(Messages.tr("codebook.delete.title"), message)) {
                withProject(p -> p.codebook().delete(id.toString()));
            }
        }, errors::report);
    }

    /** Codes the passage selected in the viewer with the given code (shortcut, double-click, drop). */
    public void codeSelection(UUID codeId) {
        TextSelection selection = session.selectionProperty().get();
        if (selection == null || selection.isEmpty()) {
            session.statusProperty().set(Messages.tr("coding.needSelection"));
            return;
        }
        remember(codeId);
        withProject(p -> p.codings().code(selection.sourceId(), codeId, selection.start(), selection.end(), null));
    }

    private void remember(UUID codeId) {
        recentIds.remove(codeId);
        recentIds.add(0, codeId);
        while (recentIds.size() > 9) {
            recentIds.remove(recentIds.size() - 1);
        }
        refreshRecent();
    }

    private void refreshRecent() {
        recent.setAll(recentIds.stream().flatMap(id -> codes.stream().filter(n -> n.code().id().equals(id))).toList());
    }

    private void refilter() {
        String wanted = filter.get() == null ? "" : filter.get().strip();
        if (wanted.isEmpty()) {
            visible.setAll(codes);
            return;
        }
        java.util.Set<UUID> keep = new java.util.HashSet<>();
        java.util.Map<UUID, UUID> parents = new java.util.HashMap<>();
        codes.forEach(n -> parents.put(n.code().id(), n.code().parentId()));
        for (CodeNode n : codes) {
            if (matches(n, wanted)) {
                for (UUID id = n.code().id(); id != null && keep.add(id); id = parents.get(id)) {
                    // the match and its ancestors, so the tree keeps its shape
                }
            }
        }
        visible.setAll(codes.stream().filter(n -> keep.contains(n.code().id())).toList());
    }

    private static boolean matches(CodeNode node, String wanted) {
        String lower = wanted.toLowerCase(java.util.Locale.ROOT);
        return node.code().name().toLowerCase(java.util.Locale.ROOT).contains(lower)
                || (node.code().definition() != null && node.code().definition().toLowerCase(java.util.Locale.ROOT).contains(lower));
    }

    /** Whether a passage is selected, so a double-click on a code means "code it", not "fold it". */
    public boolean hasSelection() {
        TextSelection selection = session.selectionProperty().get();
        return selection != null && !selection.isEmpty();
    }

    public void codeSelectionWithSelectedCode() {
        UUID code = session.selectedCodeProperty().get();
        if (code == null) {
            session.statusProperty().set(Messages.tr("coding.needCode"));
            return;
        }
        codeSelection(code);
    }

    private Optional<CodeNode> selected() {
        UUID id = session.selectedCodeProperty().get();
        return codes.stream().filter(n -> n.code().id().equals(id)).findFirst();
    }

    private void askAndAdd(UUID parentId) {
        dialogs.askText(Messages.tr("codebook.add.title"), Messages.tr("codebook.add.prompt"), "").ifPresent(name ->
                withProject(p -> p.codebook().add(name, parentId == null ? null : parentId.toString(), null, null)));
    }

    private void withProject(java.util.function.Consumer<Project> change) {
        Project project = session.project();
        if (project == null) {
            return;
        }
        session.runner().run(() -> {
            change.accept(project);
            return null;
        }, ignored -> { }, errors::report);
    }

    private void reload() {
        Project project = session.project();
        if (project == null) {
            codes.clear();
            refilter();
            showDetails();
            return;
        }
        CodebookService codebook = project.codebook();
        session.runner().run(() -> new Loaded(codebook.tree(), codebook.sourceCounts()), loaded -> {
            if (session.project() == project) {
                sourceCounts = loaded.sourceCounts();
                codes.setAll(loaded.tree());
                refilter();
                refreshRecent();
                showDetails();
            }
        }, errors::report);
    }

    private record Loaded(java.util.List<CodeNode> tree, java.util.Map<UUID, Integer> sourceCounts) {
    }
}
