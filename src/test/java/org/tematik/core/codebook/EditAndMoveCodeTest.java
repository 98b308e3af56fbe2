package org.tematik.core.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tematik.core.project.Project;
import org.tematik.core.util.UserException;

/** Definitions and colours edited, codes re-parented and reordered; undo restores each. */
class EditAndMoveCodeTest {
    @TempDir
    Path dir;

    @Test
    void editSetsDefinitionCriteriaExampleAndColourAndUndoRestoresThem() {
        try (Project project = Project.init(dir.resolve("p"), "Edit", "ayu")) {
            Code code = project.codebook().add("Leadership change", null, "Old definition", "#0072b2");
            project.codebook().edit(code.id(), "A new head changes priorities.", "Mayor, regent or head of agency replaced",
                    "Routine staff rotation", "\"When the mayor changed...\"", "#D55E00");
            Code edited = project.codebook().find(code.id());
            assertThat(edited.definition()).isEqualTo("A new head changes priorities.");
            assertThat(edited.inclusion()).startsWith("Mayor");
            assertThat(edited.exclusion()).isEqualTo("Routine staff rotation");
            assertThat(edited.example()).contains("mayor");
            assertThat(edited.color()).isEqualTo("#d55e00");
            assertThatThrownBy(() -> project.codebook().edit(code.id(), null, null, null, null, "red"))
                    .isInstanceOf(UserException.class);
            project.undo();
            Code back = project.codebook().find(code.id());
            assertThat(back.definition()).isEqualTo("Old definition");
            assertThat(back.inclusion()).isNull();
            assertThat(back.color()).isEqualTo("#0072b2");
        }
    }

    @Test
    void moveReparentsAndReordersButNotIntoItsOwnSubtree() {
        try (Project project = Project.init(dir.resolve("p"), "Move", "ayu")) {
            UUID a = project.codebook().add("A", null, null, null).id();
            UUID b = project.codebook().add("B", null, null, null).id();
            UUID c = project.codebook().add("C", null, null, null).id();
            UUID a1 = project.codebook().add("A1", "A", null, null).id();

            project.codebook().move(c, null, a); // C before A
            assertThat(paths(project)).containsExactly("C", "A", "A > A1", "B");
            project.codebook().move(b, a, a1); // B under A, before A1
            assertThat(paths(project)).containsExactly("C", "A", "A > B", "A > A1");
            assertThatThrownBy(() -> project.codebook().move(a, a1, null))
                    .isInstanceOf(UserException.class).hasMessageContaining("own sub-codes");
            project.undo();
            assertThat(paths(project)).containsExactly("C", "A", "A > A1", "B");
            project.undo();
            assertThat(paths(project)).containsExactly("A", "A > A1", "B", "C");
            project.redo();
            assertThat(paths(project)).containsExactly("C", "A", "A > A1", "B");
            assertThat(project.audit().verify().isIntact()).isTrue();
        }
    }

    private static java.util.List<String> paths(Project project) {
        return project.codebook().tree().stream().map(CodeNode::path).toList();
    }
}
