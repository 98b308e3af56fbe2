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

    public CodebookViewModel(ProjectSession session, DialogService dialogs, ErrorReporter errors) {
        this.session = session;
        this.dialogs = dialogs;
        this.errors = errors;
        session.revisionProperty().addListener((obs, old, now) -> reload());
        reload();
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
        withProject(p -> p.codings().code(selection.sourceId(), codeId, selection.start(), selection.end(), null));
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
            return;
        }
        CodebookService codebook = project.codebook();
        session.runner().run(codebook::tree, tree -> {
            if (session.project() == project) {
                codes.setAll(tree);
            }
        }, errors::report);
    }
}
