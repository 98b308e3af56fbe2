package org.tematik.core.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * One named thing {@code bench run} times: after {@code warmUps} untimed repetitions, {@code runs} timed
 * ones, reported as median, p95 and max against {@code targetMillis}. The probe times what matters
 * itself (with {@link #time}), so setup such as choosing a passage or undoing a test change stays out.
 * New measurements (matrix, search) are added to {@link ProjectBenchmark#standard()}.
 */
public record Measurement(String name, double targetMillis, int warmUps, int runs, Probe probe) {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** One repetition: the wall-clock and CPU time that count. */
    @FunctionalInterface
    public interface Probe {
        Sample run(BenchSession session, int run) throws Exception;
    }

    /** An action timed whole. */
    @FunctionalInterface
    public interface Action {
        void run(BenchSession session, int run) throws Exception;
    }

    /** What to time inside a probe. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /**
     * Elapsed time, and the CPU time of the measuring thread (H2 runs embedded, in that thread): on a
     * machine shared with other work the CPU time shows what the operation costs, the wall time what it waited.
     */
    public record Sample(long wallNanos, long cpuNanos) {
    }

    public static Sample time(Work work) throws Exception {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        work.run();
        return new Sample(System.nanoTime() - wall, THREADS.getCurrentThreadCpuTime() - cpu);
    }

    public static Measurement timed(String name, double targetMillis, int warmUps, int runs, Action action) {
        return new Measurement(name, targetMillis, warmUps, runs, (session, run) -> time(() -> action.run(session, run)));
    }
}
