package org.tematik.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tematik.ui.Gui;
import org.tematik.ui.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real memo dialog: several lines, Enter for a new line, Ctrl+Enter to save, Escape to cancel. */
@ExtendWith(ApplicationExtension.class)
class MemoEditorDialogTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300)); // the dialog's owner
        stage.show();
    }

    @Test
    void typesSeveralLinesAndSavesWithCtrlEnter(FxRobot robot) throws Exception {
        CompletableFuture<Optional<String>> answer = open("Was the delay about the ministry?");
        TextArea area = waitForEditor(robot);
        robot.clickOn(area).eraseText(40).write("First impression: trust.").type(KeyCode.ENTER).write("Check with interview 03.");
        robot.interact(() -> Screenshots.save(area.getScene(), "memo-editor-en"));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        assertThat(answer.get(10, TimeUnit.SECONDS)).contains("First impression: trust.\nCheck with interview 03.");
    }

    @Test
    void emptyTextIsAnAnswerAndEscapeCancels(FxRobot robot) throws Exception {
        org.tematik.core.i18n.Messages.setLocale(org.tematik.core.i18n.Messages.INDONESIAN);
        CompletableFuture<Optional<String>> cleared;
        try {
            cleared = open("Memo lama: cek dengan wawancara 03.");
            TextArea editor = waitForEditor(robot);
            robot.interact(() -> Screenshots.save(editor.getScene(), "memo-editor-id"));
        } finally {
            org.tematik.core.i18n.Messages.setLocale(java.util.Locale.ENGLISH);
        }
        robot.clickOn(waitForEditor(robot)).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .type(KeyCode.BACK_SPACE).press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        assertThat(cleared.get(10, TimeUnit.SECONDS)).contains("");

        CompletableFuture<Optional<String>> cancelled = open("kept");
        robot.clickOn(waitForEditor(robot)).type(KeyCode.ESCAPE);
        assertThat(cancelled.get(10, TimeUnit.SECONDS)).isEmpty();
    }

    private CompletableFuture<Optional<String>> open(String initial) {
        CompletableFuture<Optional<String>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(new FxDialogService(stage).editMemo("Coding memo", "Memo on 'Coordination':", initial)));
        return answer;
    }

    private static TextArea waitForEditor(FxRobot robot) throws Exception {
        Gui.waitUntil(() -> robot.lookup(".memo-editor").tryQuery().isPresent());
        return robot.lookup(".memo-editor").queryAs(TextArea.class);
    }
}
