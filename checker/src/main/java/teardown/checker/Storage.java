package teardown.checker;

/** What a search keeps of the states it finds. */
public enum Storage {
    /** Every state and edge, compactly: for liveness, diagrams and anyone who reads the graph. */
    GRAPH,
    /** A 64-bit fingerprint and a parent per state (TLC's way): safety and witnesses only, no graph. */
    FINGERPRINTS
}
