package teardown.checker;

/**
 * Symmetry reduction: interchangeable components (identical devices, identical guests) make
 * many states equivalent up to renaming. The model's adapter maps each state to one canonical
 * representative of its class (for example by sorting the interchangeable components); the
 * search stores and expands only representatives.
 *
 * <p>Sound for properties that cannot tell the interchangeable components apart. A trace then
 * shows representatives: after a step the state may appear with its components renamed. As in
 * TLC, leads-to with fairness per process is checked on the quotient graph; keep each fair
 * process's identity out of the permuted components or leave symmetry off for liveness.
 */
public interface Symmetry<S> {

    S canonical(S state);

    /**
     * How many distinct states the canonical {@code state} stands for (its orbit), or 0 if the
     * adapter cannot tell. Used only for the reduction factor in the statistics.
     */
    default long orbitSize(S state) {
        return 0;
    }
}
