package org.tematik.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.ui.common.AppSettings;
import org.tematik.ui.common.FxTaskRunner;
import org.tematik.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The workbench driven headless: keys 1-9, quick code, in-vivo, overlapping codes and their stripes, the highlight menu. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchWindowTest {
    private static Path home;
    private final FakeDialogService dialogs = new FakeDialogService();
    private AppContext context;
    private Stage stage;

    @BeforeAll
    static void dataFolder() throws Exception {
        home = Gui.useTempHome("tematik-workbench-test");
    }

    @AfterAll
    static void restore() {
        Gui.restoreHome();
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Messages.setLocale(Locale.ENGLISH);
        Files.deleteIfExists(home.resolve("settings.properties"));
        context = new AppContext(new FxTaskRunner(), dialogs, new AppSettings(home.resolve("settings.properties")), "tester");
        new MainWindow(stage, context).show();
        context.mainViewModel().openInitialProject();
    }

    @AfterEach
    void closeProject(FxRobot robot) {
        robot.interact(() -> context.session().setProject(null));
    }

    @Test
    void codesByKeyboardQuickCodeAndInVivoWithOverlapsShownAsStripes(FxRobot robot) throws Exception {
        InlineCssTextArea area = robot.lookup("#documentArea").queryAs(InlineCssTextArea.class);
        Gui.waitUntil(() -> area.getText().contains("Letter of Intent"));
        Project project = context.session().project();
        int before = project.codings().list(null, null).size();
        String text = area.getText();
        int loi = text.indexOf("It started with a Letter of Intent");

        // quick code: Ctrl+K, type, Enter
        robot.interact(() -> area.selectRange(loi, loi + 34));
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        TextField quick = robot.lookup("#quickCodeField").queryAs(TextField.class);
        Gui.waitUntil(quick::isFocused);
        robot.write("partner");
        robot.type(KeyCode.ENTER);
        Gui.waitUntil(() -> project.codings().list("Partner dynamics", null).stream().anyMatch(c -> c.text().startsWith("It started")));

        // key 1 now means Partner dynamics: an overlapping passage coded from the keyboard
        robot.interact(() -> area.selectRange(loi + 16, loi + 60));
        robot.clickOn(area, MouseButton.PRIMARY); // focus the document; keys go to it, not to the quick-code box
        robot.interact(() -> area.selectRange(loi + 16, loi + 60));
        robot.type(KeyCode.DIGIT1);
        Gui.waitUntil(() -> project.codings().list("Partner dynamics", null).size() >= 2);

        // in vivo: a new code named after the words, overlapping both
        int trade = text.indexOf("trade visit");
        robot.interact(() -> area.selectRange(trade, trade + "trade visit".length()));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
        Gui.waitUntil(() -> context.codebookViewModel().codes().stream().anyMatch(n -> n.code().name().equals("trade visit")));
        Gui.waitUntil(() -> project.codings().list(null, null).size() == before + 3);

        int paragraph = area.offsetToPosition(trade, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
        Gui.waitUntil(() -> context.documentViewModel().gutterProperty().get().stripes(paragraph).size() == 2);
        Gui.waitUntil(() -> robot.lookup(".coding-stripe").queryAll().size() >= 2);
        assertThat(area.getStyleAtPosition(trade + 2)).contains("-rtfx-underline-color"); // overlap: tint and underline
        robot.interact(() -> Screenshots.save(stage.getScene(), "workbench-light-en"));

        // a click on a stripe selects its segment
        Node stripe = robot.lookup(".coding-stripe").queryAll().iterator().next();
        robot.clickOn(stripe);
        Gui.waitUntil(() -> area.getSelection().getLength() > 0);

        // the highlight's menu: remove the in-vivo coding
        javafx.geometry.Bounds word = WaitForAsyncUtils.asyncFx(
                () -> area.getCharacterBoundsOnScreen(trade + 3, trade + 4).orElseThrow()).get();
        robot.moveTo(new javafx.geometry.Point2D(word.getCenterX(), word.getCenterY())).clickOn(MouseButton.SECONDARY);
        robot.clickOn("trade visit (by tester)");
        robot.clickOn("Remove coding");
        Gui.waitUntil(() -> project.codings().list("trade visit", null).isEmpty());
        Gui.waitUntil(() -> barsBeside(robot, paragraph) == 1); // the margin on screen follows, without a rebuild

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        Gui.waitUntil(() -> project.codings().list("trade visit", null).size() == 1);
        Gui.waitUntil(() -> barsBeside(robot, paragraph) == 2);
        assertThat(project.audit().verify().isIntact()).isTrue();
        assertThat(dialogs.errors).isEmpty();

        robot.interact(() -> context.mainViewModel().switchLanguage(Messages.INDONESIAN));
        Gui.waitUntil(() -> robot.lookup(".coding-stripe").queryAll().size() >= 2);
        robot.interact(() -> Screenshots.save(stage.getScene(), "workbench-light-id"));
    }

    /** Coding bars shown in the margin of one paragraph (0-based), found by its number label. */
    private static int barsBeside(FxRobot robot, int paragraph) {
        return robot.lookup(".document-gutter").queryAll().stream()
                .filter(g -> g.lookup(".paragraph-number") instanceof javafx.scene.text.Text l
                        && l.getText().equals(Integer.toString(paragraph + 1)))
                .mapToInt(g -> g.lookupAll(".coding-stripe").size()).max().orElse(-1);
    }

    @Test
    void memoEditRetrieveAndJumpAndUndoRedoAcrossARenameAndAMerge(FxRobot robot) throws Exception {
        InlineCssTextArea area = robot.lookup("#documentArea").queryAs(InlineCssTextArea.class);
        Gui.waitUntil(() -> area.getText().contains("Letter of Intent"));
        Project project = context.session().project();
        Gui.waitUntil(() -> context.codebookViewModel().codes().size() >= 8);

        // memo on a code, typed inline in the side panel
        clickCode(robot, "Leadership change");
        javafx.scene.control.TextArea memo = robot.lookup("#codeMemoArea").queryAs(javafx.scene.control.TextArea.class);
        Gui.waitUntil(() -> !memo.isDisabled());
        robot.interact(memo::requestFocus); // the panel may need scrolling; typing is what matters
        robot.write("Ask about the 2018 election.");
        robot.interact(() -> robot.lookup("#saveDetailsButton").queryAs(javafx.scene.control.Button.class).fire());
        var leadership = project.codebook().resolve("Leadership change");
        Gui.waitUntil(() -> project.memos().on(org.tematik.core.memo.Memo.ON_CODE, leadership.id()).isPresent());
        assertThat(project.memos().on(org.tematik.core.memo.Memo.ON_CODE, leadership.id()).orElseThrow().body())
                .isEqualTo("Ask about the 2018 election.");

        // retrieve Leadership change across sources, click a passage in another source: it opens, selected
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        javafx.scene.control.ListView<?> codes = robot.lookup(".retrieve-codes").queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> codes.getItems().stream().filter(n -> ((org.tematik.core.codebook.CodeNode) n).code().name()
                .equals("Leadership change")).findFirst().ifPresent(n -> ((javafx.scene.control.ListView<Object>) (Object) codes)
                .getSelectionModel().select(n)));
        javafx.scene.control.ListView<?> hits = robot.lookup(".hit-list").queryAs(javafx.scene.control.ListView.class);
        Gui.waitUntil(() -> hits.getItems().size() >= 2);
        robot.interact(() -> Screenshots.save(hits.getScene(), "retrieve-en"));
        var target = (org.tematik.core.coding.Retrieval.Hit) hits.getItems().stream()
                .filter(h -> !((org.tematik.core.coding.Retrieval.Hit) h).sourceId().equals(context.session().selectedSourceProperty().get().id()))
                .findFirst().orElseThrow();
        robot.interact(() -> ((javafx.scene.control.ListView<Object>) (Object) hits).getSelectionModel().select(target));
        Gui.waitUntil(() -> context.session().selectedSourceProperty().get().id().equals(target.sourceId()));
        Gui.waitUntil(() -> area.getSelectedText().replaceAll("\\s+", " ").equals(target.text().replaceAll("\\s+", " ")));
        robot.interact(() -> ((javafx.stage.Stage) hits.getScene().getWindow()).close());

        // rename, then merge; the Edit menu names what undo will undo; undo both, redo both
        clickCode(robot, "Legal ambiguity");
        dialogs.texts.add("Legal uncertainty");
        robot.clickOn("#renameCodeButton");
        Gui.waitUntil(() -> context.codebookViewModel().codes().stream().anyMatch(n -> n.code().name().equals("Legal uncertainty")));
        clickCode(robot, "Monitoring and evaluation");
        dialogs.choices.add("Legal uncertainty");
        robot.clickOn("#mergeCodeButton");
        Gui.waitUntil(() -> context.codebookViewModel().codes().stream().noneMatch(n -> n.code().name().equals("Monitoring and evaluation")));
        Gui.waitUntil(() -> context.mainViewModel().undoTextProperty().get().startsWith("Undo: Merged code 'Monitoring and evaluation'"));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        Gui.waitUntil(() -> context.codebookViewModel().codes().stream().anyMatch(n -> n.code().name().equals("Monitoring and evaluation")));
        Gui.waitUntil(() -> context.mainViewModel().undoTextProperty().get().contains("Renamed code 'Legal ambiguity'"));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        Gui.waitUntil(() -> context.codebookViewModel().codes().stream().anyMatch(n -> n.code().name().equals("Legal ambiguity")));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        Gui.waitUntil(() -> context.codebookViewModel().codes().stream().anyMatch(n -> n.code().name().equals("Legal uncertainty")));
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        Gui.waitUntil(() -> context.codebookViewModel().codes().stream().noneMatch(n -> n.code().name().equals("Monitoring and evaluation")));
        assertThat(project.audit().verify().isIntact()).isTrue();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void findSourceFilterProgressAndDarkTheme(FxRobot robot) throws Exception {
        InlineCssTextArea area = robot.lookup("#documentArea").queryAs(InlineCssTextArea.class);
        Gui.waitUntil(() -> area.getText().contains("Letter of Intent"));
        String text = area.getText();

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        TextField find = robot.lookup("#findField").queryAs(TextField.class);
        Gui.waitUntil(find::isFocused);
        robot.write("letter of intent");
        int first = text.indexOf("Letter of Intent");
        Gui.waitUntil(() -> area.getSelection().getStart() == first);
        robot.type(KeyCode.ENTER);
        Gui.waitUntil(() -> area.getSelection().getStart() == text.indexOf("Letter of Intent", first + 1));
        robot.press(KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT);
        Gui.waitUntil(() -> area.getSelection().getStart() == first);
        assertThat(robot.lookup("#findCount").queryAs(javafx.scene.control.Label.class).getText()).startsWith("1 of ");
        robot.type(KeyCode.ESCAPE);

        javafx.scene.control.ListView<?> sources = robot.lookup(".source-list").queryAs(javafx.scene.control.ListView.class);
        Gui.waitUntil(() -> sources.getItems().size() == 5);
        assertThat(robot.lookup(".coding-progress").queryAllAs(javafx.scene.control.ProgressBar.class))
                .anySatisfy(bar -> assertThat(bar.getProgress()).isBetween(0.01, 1.0));
        robot.clickOn("#sourceFilter").write("wawancara");
        Gui.waitUntil(() -> sources.getItems().size() == 1);
        robot.interact(() -> robot.lookup("#sourceFilter").queryAs(TextField.class).clear());
        Gui.waitUntil(() -> sources.getItems().size() == 5);

        robot.interact(() -> menuItem(robot, "Dark").fire());
        Gui.waitUntil(() -> stage.getScene().getStylesheets().size() == 2);
        assertThat(context.settings().theme()).isEqualTo("dark");
        robot.interact(() -> Screenshots.save(stage.getScene(), "workbench-dark-en"));
        robot.interact(() -> context.mainViewModel().switchLanguage(Messages.INDONESIAN));
        Gui.waitUntil(() -> robot.lookup(".coding-stripe").queryAll().size() >= 2);
        robot.interact(() -> Screenshots.save(stage.getScene(), "workbench-dark-id"));
        robot.interact(() -> menuItem(robot, "Terang").fire());
        Gui.waitUntil(() -> stage.getScene().getStylesheets().size() == 1);
    }

    private static javafx.scene.control.MenuItem menuItem(FxRobot robot, String text) {
        java.util.Deque<javafx.scene.control.MenuItem> todo = new java.util.ArrayDeque<>(
                robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class).getMenus());
        while (!todo.isEmpty()) {
            javafx.scene.control.MenuItem item = todo.poll();
            if (text.equals(item.getText())) {
                return item;
            }
            if (item instanceof javafx.scene.control.Menu menu) {
                todo.addAll(menu.getItems());
            }
        }
        throw new AssertionError("no menu item " + text);
    }

    private static void clickCode(FxRobot robot, String name) throws Exception {
        Gui.waitUntil(() -> codeCell(robot, name) != null);
        robot.clickOn(codeCell(robot, name));
    }

    private static javafx.scene.control.TreeCell<?> codeCell(FxRobot robot, String name) {
        return robot.lookup(".tree-cell").queryAllAs(javafx.scene.control.TreeCell.class).stream()
                .filter(c -> c.getItem() != null && c.getGraphic() != null && c.getGraphic().lookup(".code-name") != null
                        && name.equals(((javafx.scene.control.Label) c.getGraphic().lookup(".code-name")).getText()))
                .findFirst().orElse(null);
    }

}
