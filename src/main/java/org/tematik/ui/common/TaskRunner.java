package org.tematik.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs core work off the FX thread and hands results back on it (after JabRef's TaskExecutor).
 * ViewModels use only this, so tests run them with {@link SyncTaskRunner}.
 */
public interface TaskRunner {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs on the UI thread: directly when already there. */
    void onUi(Runnable action);
}
