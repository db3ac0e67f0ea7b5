package teardown.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import java.util.Random;
import java.util.function.Predicate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Compares the SCC search with a brute-force oracle on random small graphs. The oracle knows
 * nothing of components: it tries every subset of states as the set visited infinitely often.
 */
class LeadsToOracleTest {

    private static final String[] PROCESSES = {"p", "q", "r"};

    /** A random graph over states 0..n-1 with random trigger, response and fair processes. */
    record Case(int n, boolean[][][] edge, boolean[] trigger, boolean[] response, Set<Object> fair) {

        static Case random(long seed) {
            Random rnd = new Random(seed);
            int n = 1 + rnd.nextInt(6);
            boolean[][][] edge = new boolean[n][n][PROCESSES.length];
            double density = 0.1 + rnd.nextDouble() * 0.3;
            for (int u = 0; u < n; u++) {
                for (int v = 0; v < n; v++) {
                    for (int k = 0; k < PROCESSES.length; k++) {
                        edge[u][v][k] = rnd.nextDouble() < density;
                    }
                }
            }
            boolean[] trigger = new boolean[n];
            boolean[] response = new boolean[n];
            for (int s = 0; s < n; s++) {
                trigger[s] = rnd.nextDouble() < 0.4;
                response[s] = rnd.nextDouble() < 0.3;
            }
            Set<Object> fair = HashSet.empty();
            for (String q : PROCESSES) {
                if (rnd.nextBoolean()) {
                    fair = fair.add(q);
                }
            }
            return new Case(n, edge, trigger, response, fair);
        }

        LeadsToSearchTest.Explicit system() {
            LeadsToSearchTest.Explicit sys = new LeadsToSearchTest.Explicit();
            for (int u = 0; u < n; u++) {
                for (int v = 0; v < n; v++) {
                    for (int k = 0; k < PROCESSES.length; k++) {
                        if (edge[u][v][k]) {
                            sys.edge(PROCESSES[k], u, v);
                        }
                    }
                }
            }
            return sys;
        }

        boolean hasEdge(int u, int v) {
            for (boolean b : edge[u][v]) {
                if (b) {
                    return true;
                }
            }
            return false;
        }

        /** No fair process can step from u, so a behaviour may stutter there for ever. */
        boolean deadEnd(int u) {
            for (int v = 0; v < n; v++) {
                for (int k = 0; k < PROCESSES.length; k++) {
                    if (edge[u][v][k] && fair.contains(PROCESSES[k])) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** States reachable from the given ones through states in {@code through} (the start states must be in it). */
        boolean[] reach(boolean[] from, boolean[] through) {
            boolean[] seen = from.clone();
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int u = 0; u < n; u++) {
                    for (int v = 0; v < n; v++) {
                        if (seen[u] && !seen[v] && through[v] && hasEdge(u, v)) {
                            seen[v] = true;
                            changed = true;
                        }
                    }
                }
            }
            return seen;
        }

        /** Violated iff from a reachable triggered, unanswered state some dead end or fair strongly connected set is reachable without answering. */
        boolean violatedByOracle() {
            boolean[] all = new boolean[n];
            java.util.Arrays.fill(all, true);
            boolean[] init = new boolean[n];
            init[0] = true;
            boolean[] reachable = reach(init, all);
            boolean[] waiting = new boolean[n];
            boolean[] start = new boolean[n];
            for (int s = 0; s < n; s++) {
                waiting[s] = !response[s];
                start[s] = reachable[s] && trigger[s] && !response[s];
            }
            boolean[] scope = reach(start, waiting);
            for (int s = 0; s < n; s++) {
                if (scope[s] && deadEnd(s)) {
                    return true;
                }
            }
            for (int mask = 1; mask < (1 << n); mask++) {
                if (fairStronglyConnected(mask, scope)) {
                    return true;
                }
            }
            return false;
        }

        private boolean fairStronglyConnected(int mask, boolean[] scope) {
            boolean[] in = new boolean[n];
            int first = -1;
            for (int s = 0; s < n; s++) {
                in[s] = (mask & (1 << s)) != 0;
                if (in[s] && !scope[s]) {
                    return false;
                }
                if (in[s] && first < 0) {
                    first = s;
                }
            }
            boolean internalEdge = false;
            for (int u = 0; u < n; u++) {
                for (int v = 0; v < n; v++) {
                    internalEdge |= in[u] && in[v] && hasEdge(u, v);
                }
            }
            if (!internalEdge) {
                return false;
            }
            for (int u = 0; u < n; u++) {
                if (in[u]) {
                    boolean[] one = new boolean[n];
                    one[u] = true;
                    boolean[] r = reach(one, in);
                    for (int v = 0; v < n; v++) {
                        if (in[v] && !r[v]) {
                            return false;
                        }
                    }
                }
            }
            for (int k = 0; k < PROCESSES.length; k++) {
                if (!fair.contains(PROCESSES[k])) {
                    continue;
                }
                boolean ok = false;
                for (int u = 0; u < n && !ok; u++) {
                    boolean enabledAtU = false;
                    for (int v = 0; v < n; v++) {
                        enabledAtU |= edge[u][v][k];
                        ok |= in[u] && in[v] && edge[u][v][k];
                    }
                    ok |= in[u] && !enabledAtU;
                }
                if (!ok) {
                    return false;
                }
            }
            return true;
        }
    }

    @Property(tries = 3000)
    void searchAgreesWithBruteForce(@ForAll long seed) {
        Case c = Case.random(seed);
        Predicate<Integer> trigger = s -> c.trigger()[s];
        Predicate<Integer> response = s -> c.response()[s];
        Outcome<Integer, LeadsToSearchTest.Step> o = LeadsToSearchTest.check(c.system(), trigger, response, c.fair());
        net.jqwik.api.statistics.Statistics.collect(o.verdict(), o.trace().flatMap(Path::cycleStart).isDefined());
        assertEquals(c.violatedByOracle() ? Verdict.VIOLATED : Verdict.HOLDS, o.verdict());
    }
}
