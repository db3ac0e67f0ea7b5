package teardown.checker;

/**
 * How big the explored graph was and how long it took. {@code complete} is false when the search
 * stopped at its state limit, in which case no verdict may say "holds".
 */
public record Statistics(long states, long transitions, int depth, double seconds, boolean complete) {
}
