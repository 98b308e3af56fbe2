package org.tematik.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class FxTaskRunnerTest {

    @Test
    void workTheUserIsLookingAtGoesAheadOfQueuedWorkAndEachKindKeepsItsOrder() throws Exception {
        FxToolkit.registerPrimaryStage(); // results come back through Platform.runLater
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch allDone = new CountDownLatch(6);
        try (FxTaskRunner runner = new FxTaskRunner()) {
            runner.run(() -> {
                release.await(10, TimeUnit.SECONDS); // the worker is busy while the rest queues up
                return ran.add("busy");
            }, r -> allDone.countDown(), e -> { });
            for (String name : List.of("panel 1", "panel 2")) {
                runner.run(() -> ran.add(name), r -> allDone.countDown(), e -> { });
            }
            runner.runFirst(() -> ran.add("document 1"), r -> allDone.countDown(), e -> { });
            runner.run(() -> ran.add("panel 3"), r -> allDone.countDown(), e -> { });
            runner.runFirst(() -> ran.add("document 2"), r -> allDone.countDown(), e -> { });
            release.countDown();
            assertThat(allDone.await(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(ran).containsExactly("busy", "document 1", "document 2", "panel 1", "panel 2", "panel 3");
    }
}
