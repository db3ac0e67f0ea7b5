package teardown.checker;

/**
 * How big the explored graph was and how long it took. {@code complete} is false when the search
 * was cut short, by its state limit or by the heap ({@code stopReason} says which), in which case
 * no verdict may say "holds".
 *
 * @param threads              threads that expanded states (the merging thread not counted)
 * @param storage              "graph" or "fingerprints"
 * @param storedBytes          bytes of the arrays that hold the stored states
 * @param collisionProbability for fingerprints, TLC's optimistic chance that a collision hid a state; 0 for the graph
 * @param reductionFactor      states represented per state stored under symmetry reduction: 1 without it, NaN if unknown
 * @param stopReason           empty for a complete search; else "state limit" or "memory"
 * @param partialOrder         what partial-order reduction did; states and transitions are then those of the reduced graph
 */
public record Statistics(long states, long transitions, int depth, double seconds, boolean complete,
                         int threads, String storage, long storedBytes, double collisionProbability,
                         double reductionFactor, String stopReason, PartialOrder partialOrder) {

    public Statistics(long states, long transitions, int depth, double seconds, boolean complete,
                      int threads, String storage, long storedBytes, double collisionProbability,
                      double reductionFactor, String stopReason) {
        this(states, transitions, depth, seconds, complete, threads, storage, storedBytes, collisionProbability,
                reductionFactor, stopReason, PartialOrder.OFF);
    }

    public Statistics(long states, long transitions, int depth, double seconds, boolean complete) {
        this(states, transitions, depth, seconds, complete, 1, "graph", 0, 0, 1, complete ? "" : "state limit");
    }

    public double statesPerSecond() {
        return seconds > 0 ? states / seconds : 0;
    }

    public double bytesPerState() {
        return states > 0 ? (double) storedBytes / states : 0;
    }
}
