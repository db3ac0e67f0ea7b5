package teardown.checker;

/**
 * Where the search keeps the states it has seen, numbered in discovery order. Two kinds exist:
 * {@link GraphStore} keeps every state and edge (liveness and diagrams need them) and
 * {@link FingerprintStore} keeps only a fingerprint and a parent per state (safety needs no more).
 */
interface StateStore<S, A> {

    int size();

    /** The number of the state encoded at {@code vector[at ..]} (any non-negative value for a store that keeps no numbers), or -1 if it is new. */
    int find(int[] vector, int at, long hash);

    /** A hint that {@code hash} will be looked up soon: start fetching its slot. */
    void touch(long hash);

    /**
     * Whether the state encoded at {@code vector[at ..]} is stored under a number below
     * {@code bound} (the partial-order reduction's cycle proviso asks this).
     */
    boolean storedBelow(int[] vector, int at, long hash, int bound);

    /** Stores a new state and returns its number. */
    int add(int[] vector, int at, long hash, int parent);

    /** An edge out of the state being expanded (expansion runs in number order). */
    void edge(A step, int target);

    /** The state being expanded has all its edges. */
    void expanded(int id);

    /**
     * The search stops while expanding {@code id}, which could not keep all its successors: it
     * stays unexpanded, but the states it found still need the step that found them for traces.
     */
    void abandon(int id);

    /** Copies the vectors of states {@code from .. to-1} into {@code out}. */
    void vectors(int from, int to, int[] out);

    /** States below {@code upTo} will not be asked for their vector again. */
    void release(int upTo);

    /** A shortest path from an initial state to state {@code id}. */
    Path<S, A> pathTo(int id);

    /** Bytes of the arrays that hold the stored states. */
    long bytes();
}
