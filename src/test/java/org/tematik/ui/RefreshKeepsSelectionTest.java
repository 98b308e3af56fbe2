package org.tematik.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tematik.core.project.Project;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A change that did not come from this window (another coder's, as a team project's watcher reports it, or a script's)
 * moves the same revision as the user's own: the open source and the codebook refresh, and the user's text selection
 * and chosen code stay as they were.
 */
@ExtendWith(ApplicationExtension.class)
class RefreshKeepsSelectionTest {
    private static Path home;
    private final FakeDialogService dialogs = new FakeDialogService();
    private AppContext context;

    @BeforeAll
    static void dataFolder() throws Exception {
        home = Gui.useTempHome("tematik-refresh-test");
    }

    @AfterAll
    static void restore() {
        Gui.restoreHome();
    }

    @Start
    void start(Stage stage) {
        context = Gui.openMainWindow(stage, home, dialogs);
    }

    @AfterEach
    void closeProject(FxRobot robot) {
        robot.interact(() -> context.session().setProject(null));
    }

    @Test
    void anotherCodersChangeRefreshesTheDocumentAndCodebookWithoutLosingTheSelection(FxRobot robot) throws Exception {
        InlineCssTextArea area = robot.lookup("#documentArea").queryAs(InlineCssTextArea.class);
        Gui.waitUntil(() -> area.getText().length() > 200);
        Project project = context.session().project();
        UUID source = context.session().selectedSourceProperty().get().id();
        Gui.waitUntil(() -> context.codebookViewModel().codes().size() >= 2);
        UUID chosen = context.codebookViewModel().codes().get(1).code().id();
        robot.interact(() -> {
            context.codebookViewModel().selectedCodeProperty().set(chosen);
            area.selectRange(40, 90);
        });
        int codingsBefore = context.documentViewModel().highlightsProperty().get().size();
        int countBefore = context.codebookViewModel().codes().get(1).codings();

        // not through this window: straight into the project, as another client's change arrives
        project.codings().code(source, chosen, 150, 190, null);

        Gui.waitUntil(() -> context.codebookViewModel().codes().stream()
                .anyMatch(n -> n.code().id().equals(chosen) && n.codings() == countBefore + 1));
        Gui.waitUntil(() -> context.documentViewModel().highlightsProperty().get().size() != codingsBefore);
        assertThat(area.getSelection().getStart()).isEqualTo(40);
        assertThat(area.getSelection().getEnd()).isEqualTo(90);
        assertThat(context.codebookViewModel().selectedCodeProperty().get()).isEqualTo(chosen);
        TreeView<?> tree = robot.lookup("#codeTree").queryAs(TreeView.class);
        assertThat(tree.getSelectionModel().getSelectedItem()).isNotNull();
        // the tree shows the new count on the row it kept (counts are updated in place, not by rebuilding the tree)
        org.tematik.core.codebook.CodeNode shown = (org.tematik.core.codebook.CodeNode) tree.getSelectionModel().getSelectedItem().getValue();
        assertThat(shown.code().id()).isEqualTo(chosen);
        assertThat(shown.codings()).isEqualTo(countBefore + 1);
        assertThat(dialogs.errors).isEmpty();
    }
}
