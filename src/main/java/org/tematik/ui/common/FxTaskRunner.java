package org.tematik.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * One background thread for project work, so changes stay in order and the FX thread never does I/O.
 * Work the user is looking at ({@link #runFirst}) goes ahead of queued work; otherwise first come, first served.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final AtomicLong arrivals = new AtomicLong();
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new PriorityBlockingQueue<>(), r -> {
        Thread t = new Thread(r, "tematik-worker");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(false, work, onSuccess, onFailure);
    }

    @Override
    public <T> void runFirst(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(true, work, onSuccess, onFailure);
    }

    private <T> void submit(boolean first, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        worker.execute(new Queued(first, arrivals.getAndIncrement(), () -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        }));
    }

    @Override
    public void onUi(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void close() {
        worker.shutdown();
    }

    /** Orders the queue: "first" work, then arrival. */
    private record Queued(boolean first, long arrival, Runnable body) implements Runnable, Comparable<Queued> {
        @Override
        public void run() {
            body.run();
        }

        @Override
        public int compareTo(Queued o) {
            return first != o.first ? (first ? -1 : 1) : Long.compare(arrival, o.arrival);
        }
    }
}
