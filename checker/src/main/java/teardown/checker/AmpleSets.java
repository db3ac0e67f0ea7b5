package teardown.checker;

import io.vavr.collection.List;

/**
 * Chooses which enabled steps to explore in a state: the enabled steps of a set of processes
 * closed under interference. Starting from one enabled process, every process whose future may
 * conflict with the next step of an enabled process in the set joins it, and every process that
 * may write the guard of a process in the set that has no step; no step outside the set can then
 * enable, disable or fail to commute with a step inside it before one of the set's steps is taken,
 * so exploring only the set's enabled steps loses no reachable deadlock and no reachable
 * observable change (the set is persistent, and its steps are invisible unless it is everything).
 * Of all starting processes the one whose set has the fewest enabled steps wins, the lowest on a
 * tie, so the choice is a pure function of the state.
 */
final class AmpleSets<S, A> {

    private final Footprints<S, A> footprints;
    private final int processes;
    /** Locations the checked invariants and witnesses read. */
    private final long visible;

    AmpleSets(Footprints<S, A> footprints, long visible) {
        this.footprints = footprints;
        this.processes = footprints.processes();
        this.visible = visible;
        if (processes < 1 || processes > 64) {
            throw new IllegalArgumentException("partial-order reduction needs 1 to 64 processes, the system declares " + processes);
        }
    }

    /** Which of {@code next} (the successors of {@code state}, in order) to explore; null for all of them. */
    boolean[] choose(S state, List<Transition<S, A>> next) {
        int n = next.size();
        if (n < 2) {
            return null;
        }
        int[] processOf = new int[n];
        int[] steps = new int[processes];
        long enabled = 0;
        int k = 0;
        for (Transition<S, A> t : next) {
            int p = footprints.processOf(t.step());
            if (p < 0 || p >= processes) {
                throw new IllegalStateException("step " + t.step() + " belongs to process " + p + ", not one of 0.." + (processes - 1));
            }
            processOf[k++] = p;
            steps[p]++;
            enabled |= 1L << p;
        }
        if (Long.bitCount(enabled) < 2) {
            return null;
        }
        long chosen = best(state, enabled, steps, n);
        if (chosen == 0) {
            return null;
        }
        boolean[] ample = new boolean[n];
        for (int i = 0; i < n; i++) {
            ample[i] = (chosen >>> processOf[i] & 1) != 0;
        }
        return ample;
    }

    /** The processes whose enabled steps to explore, or 0 when no set smaller than everything qualifies. */
    private long best(S state, long enabled, int[] steps, int n) {
        Footprint[] future = new Footprint[processes];
        for (int p = 0; p < processes; p++) {
            future[p] = footprints.future(state, p);
        }
        Footprint[] nextOf = new Footprint[processes];
        long best = 0;
        int bestSteps = n;
        for (long seeds = enabled; seeds != 0; seeds &= seeds - 1) {
            long set = closure(state, Long.numberOfTrailingZeros(seeds), future, nextOf, enabled);
            if (set == 0) {
                continue;
            }
            int count = 0;
            for (long b = set & enabled; b != 0; b &= b - 1) {
                count += steps[Long.numberOfTrailingZeros(b)];
            }
            if (count < bestSteps) {
                best = set;
                bestSteps = count;
            }
        }
        return best;
    }

    /**
     * The smallest set holding {@code seed} that no process outside it can interfere with, or 0
     * if it grows to every enabled process or takes in a visible step.
     */
    private long closure(S state, int seed, Footprint[] future, Footprint[] nextOf, long enabled) {
        long set = 1L << seed;
        long todo = set;
        while (todo != 0) {
            int x = Long.numberOfTrailingZeros(todo);
            todo &= todo - 1;
            if (nextOf[x] == null) {
                nextOf[x] = footprints.next(state, x);
            }
            Footprint mine = nextOf[x];
            boolean moves = (enabled >>> x & 1) != 0;
            if (moves && (mine.writes() & visible) != 0) {
                return 0;
            }
            // A process with no step here needs in the set only those that could give it one.
            long guard = moves ? 0 : footprints.guard(state, x);
            for (int r = 0; r < processes; r++) {
                boolean interferes = moves ? mine.conflictsWith(future[r]) : (future[r].writes() & guard) != 0;
                if ((set >>> r & 1) == 0 && interferes) {
                    set |= 1L << r;
                    todo |= 1L << r;
                    if ((enabled & ~set) == 0) {
                        return 0;
                    }
                }
            }
        }
        return set;
    }
}
