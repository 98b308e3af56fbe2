package org.tematik.core.bench;

/**
 * One named thing {@code bench run} times: after {@code warmUps} untimed repetitions, {@code runs} timed
 * ones, reported as median, p95 and max against {@code targetMillis}. The probe times what matters
 * itself, so setup (choosing a passage, undoing a test change) stays out of the figure.
 * New measurements (matrix, search) are added to {@link ProjectBenchmark#standard()}.
 */
public record Measurement(String name, double targetMillis, int warmUps, int runs, Probe probe) {

    /** One repetition: returns the nanoseconds that count. */
    @FunctionalInterface
    public interface Probe {
        long nanos(BenchSession session, int run) throws Exception;
    }

    /** An action timed whole. */
    @FunctionalInterface
    public interface Action {
        void run(BenchSession session, int run) throws Exception;
    }

    public static Measurement timed(String name, double targetMillis, int warmUps, int runs, Action action) {
        return new Measurement(name, targetMillis, warmUps, runs, (session, run) -> {
            long start = System.nanoTime();
            action.run(session, run);
            return System.nanoTime() - start;
        });
    }
}
