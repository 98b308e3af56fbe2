package org.tematik.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs core work off the FX thread and hands results back on it (after JabRef's TaskExecutor).
 * ViewModels use only this, so tests run them with {@link SyncTaskRunner}.
 */
public interface TaskRunner {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * As {@link #run}, ahead of work already waiting: for what the user is looking at (the open document's
     * highlights after a change), so it does not wait behind side panels refreshing for the same change.
     */
    default <T> void runFirst(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run(work, onSuccess, onFailure);
    }

    /** Runs on the UI thread: directly when already there. */
    void onUi(Runnable action);
}
