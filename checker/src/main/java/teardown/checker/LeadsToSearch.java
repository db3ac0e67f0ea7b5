package teardown.checker;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Checks {@code trigger ~> response} under weak fairness, the way TLC and SPIN do: a violation is a
 * behaviour that reaches a state with {@code trigger && !response} and then stays in
 * {@code !response} states forever, either stuck in a dead end or going round a fair cycle.
 *
 * <p>The search looks only at the "waiting" states ({@code !response}) reachable, through waiting
 * states, from a triggered one. Every infinite behaviour there ends up inside one strongly connected
 * component; a component can hold it for ever, fairly, if every fair process either steps inside
 * it or is disabled somewhere in it. Everything is linear in the size of the graph; the components
 * come from an iterative Tarjan so a million states do not overflow the call stack.
 */
final class LeadsToSearch {

    private LeadsToSearch() {
    }

    static <S, A> Outcome<S, A> judge(StateGraph<S, A> graph, Property.LeadsTo<S, A> p) {
        return judgeAll(graph, java.util.List.of(p)).get(0);
    }

    /** Judges several properties on one graph, rebuilding each state once for all of them. */
    static <S, A> java.util.List<Outcome<S, A>> judgeAll(StateGraph<S, A> graph, java.util.List<Property.LeadsTo<S, A>> ps) {
        int n = graph.size();
        boolean[][] waiting = new boolean[ps.size()][n];
        boolean[][] triggered = new boolean[ps.size()][n];
        for (int id = 0; id < n; id++) {
            if (graph.isExpanded(id)) {
                S s = graph.state(id);
                for (int k = 0; k < ps.size(); k++) {
                    waiting[k][id] = !ps.get(k).response().test(s);
                    triggered[k][id] = waiting[k][id] && ps.get(k).trigger().test(s);
                }
            }
        }
        java.util.List<Outcome<S, A>> out = new ArrayList<>();
        for (int k = 0; k < ps.size(); k++) {
            out.add(new Search<>(graph, ps.get(k), waiting[k], triggered[k]).run());
            // Let the arrays go as soon as their property is judged.
            waiting[k] = null;
            triggered[k] = null;
        }
        return out;
    }

    /** One run over one graph; the arrays are indexed by state number. */
    private static final class Search<S, A> {

        private final StateGraph<S, A> graph;
        private final Property.LeadsTo<S, A> property;
        private final int n;
        private final Map<Object, Integer> fairIndex = new HashMap<>();
        /** The fair process index of each distinct step (-1: not fair), so edges never ask processOf again. */
        private final int[] fairOfStep;

        /** Expanded and not yet responded: where a bad behaviour may stay. */
        private final boolean[] waiting;
        /** Waiting and triggered: where a bad behaviour may start. */
        private final boolean[] triggered;
        /** Waiting states reachable through waiting states from a triggered one. */
        private final boolean[] inScope;

        /** Component number of each state in scope (-1 outside); components in Tarjan's emission order. */
        private final int[] componentOf;
        /** States grouped by component: members of component c are members[start[c] .. start[c+1]). */
        private final int[] members;
        private final int[] start;
        private int components;

        /** Scratch space for the breadth-first searches, reset cheaply by bumping the generation; made only for a counterexample. */
        private int[] seenIn;
        private int[] parentOf;
        private int[] parentEdge;
        private int[] queue;
        private int generation;

        Search(StateGraph<S, A> graph, Property.LeadsTo<S, A> property, boolean[] waiting, boolean[] triggered) {
            this.graph = graph;
            this.property = property;
            this.n = graph.size();
            for (Object q : property.fairProcesses()) {
                fairIndex.putIfAbsent(q, fairIndex.size());
            }
            fairOfStep = new int[graph.distinctSteps()];
            for (int k = 0; k < fairOfStep.length; k++) {
                fairOfStep[k] = fairIndex.getOrDefault(property.processOf().apply(graph.step(k)), -1);
            }
            this.waiting = waiting;
            this.triggered = triggered;
            inScope = new boolean[n];
            componentOf = new int[n];
            members = new int[n];
            start = new int[n + 1];
        }

        Outcome<S, A> run() {
            markScope();
            findComponents();
            boolean[] bad = new boolean[components];
            boolean[] reachesBad = new boolean[components];
            classify(bad, reachesBad);

            int s0 = firstTriggeredReaching(reachesBad);
            if (s0 < 0) {
                return new Outcome<>(property, Verdict.HOLDS, Option.none());
            }
            seenIn = new int[n];
            parentOf = new int[n];
            parentEdge = new int[n];
            queue = new int[n];
            return new Outcome<>(property, Verdict.VIOLATED, Option.some(counterexample(s0, bad)));
        }

        // ---- the subgraph that matters ----

        /** Forward search from every triggered state, never crossing a state where response holds. */
        private void markScope() {
            int[] queue = new int[n];
            int head = 0;
            int tail = 0;
            for (int id = 0; id < n; id++) {
                if (triggered[id]) {
                    inScope[id] = true;
                    queue[tail++] = id;
                }
            }
            while (head < tail) {
                int u = queue[head++];
                for (int i = 0; i < graph.edgeCount(u); i++) {
                    int v = graph.edgeTarget(u, i);
                    if (waiting[v] && !inScope[v]) {
                        inScope[v] = true;
                        queue[tail++] = v;
                    }
                }
            }
        }

        /**
         * Tarjan's algorithm with an explicit call stack. A component is emitted only after every
         * component it can reach, so edges between components always point to lower numbers.
         */
        private void findComponents() {
            int[] index = new int[n];
            int[] low = new int[n];
            Arrays.fill(index, -1);
            Arrays.fill(componentOf, -1);
            boolean[] onStack = new boolean[n];
            int[] stack = new int[n];
            int sp = 0;
            int[] callNode = new int[n];
            int[] callEdge = new int[n];
            int cp = 0;
            int counter = 0;
            int emitted = 0;

            for (int root = 0; root < n; root++) {
                if (!inScope[root] || index[root] >= 0) {
                    continue;
                }
                index[root] = low[root] = counter++;
                stack[sp++] = root;
                onStack[root] = true;
                callNode[cp] = root;
                callEdge[cp++] = 0;

                while (cp > 0) {
                    int u = callNode[cp - 1];
                    if (callEdge[cp - 1] < graph.edgeCount(u)) {
                        int v = graph.edgeTarget(u, callEdge[cp - 1]++);
                        if (!inScope[v]) {
                            continue;
                        }
                        if (index[v] < 0) {
                            // "Recursive call": descend into v, resume u's edges afterwards.
                            index[v] = low[v] = counter++;
                            stack[sp++] = v;
                            onStack[v] = true;
                            callNode[cp] = v;
                            callEdge[cp++] = 0;
                        } else if (onStack[v]) {
                            low[u] = Math.min(low[u], index[v]);
                        }
                        continue;
                    }
                    // All of u's edges are done: "return" from u.
                    cp--;
                    if (low[u] == index[u]) {
                        start[components] = emitted;
                        int w;
                        do {
                            w = stack[--sp];
                            onStack[w] = false;
                            componentOf[w] = components;
                            members[emitted++] = w;
                        } while (w != u);
                        components++;
                    }
                    if (cp > 0) {
                        int parent = callNode[cp - 1];
                        low[parent] = Math.min(low[parent], low[u]);
                    }
                }
            }
            start[components] = emitted;
        }

        /**
         * Decides which components can hold a bad behaviour, and which lead to one. No separate
         * cycle test is needed: a lone state without a self-loop admits a fair "cycle" exactly
         * when no fair process can step there, which is a dead end, where stuttering is fair.
         */
        private void classify(boolean[] bad, boolean[] reachesBad) {
            // Ascending order is reverse topological (see findComponents), so successors are settled.
            for (int c = 0; c < components; c++) {
                bad[c] = admitsFairCycle(c);
                reachesBad[c] = bad[c] || leadsToComponentWith(c, reachesBad);
            }
        }

        private boolean leadsToComponentWith(int c, boolean[] flag) {
            for (int i = start[c]; i < start[c + 1]; i++) {
                int u = members[i];
                for (int j = 0; j < graph.edgeCount(u); j++) {
                    int d = componentOf[graph.edgeTarget(u, j)];
                    if (d >= 0 && d != c && flag[d]) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * A lone state where no fair process can step: the behaviour may stutter there forever, as in
         * TLA+, because only processes owed nothing are enabled (with no step at all, trivially so).
         */
        private boolean isDeadEnd(int c) {
            return size(c) == 1 && noFairStep(members[start[c]]);
        }

        private boolean noFairStep(int u) {
            for (int i = 0; i < graph.edgeCount(u); i++) {
                if (fairProcess(u, i) >= 0) {
                    return false;
                }
            }
            return true;
        }

        /** Weak fairness is satisfiable inside c iff every fair process steps inside c or pauses somewhere in it. */
        private boolean admitsFairCycle(int c) {
            boolean[] satisfied = new boolean[fairIndex.size()];
            for (int i = start[c]; i < start[c + 1]; i++) {
                int u = members[i];
                markDisabled(u, satisfied);
                for (int j = 0; j < graph.edgeCount(u); j++) {
                    int q = fairProcess(u, j);
                    if (q >= 0 && componentOf[graph.edgeTarget(u, j)] == c) {
                        satisfied[q] = true;
                    }
                }
            }
            return allTrue(satisfied);
        }

        // ---- building the counterexample ----

        /** The lowest-numbered triggered state that can reach a bad component: BFS numbering makes its prefix shortest. */
        private int firstTriggeredReaching(boolean[] reachesBad) {
            for (int id = 0; id < n; id++) {
                if (triggered[id] && reachesBad[componentOf[id]]) {
                    return id;
                }
            }
            return -1;
        }

        private Path<S, A> counterexample(int s0, boolean[] bad) {
            Path<S, A> prefix = graph.shortestPathTo(s0);
            java.util.List<StateGraph.Edge<A>> toEntry =
                    shortestWalk(s0, v -> inScope[v], v -> bad[componentOf[v]]);
            int entry = toEntry.isEmpty() ? s0 : toEntry.get(toEntry.size() - 1).target();
            int c = componentOf[entry];
            List<Transition<S, A>> steps = prefix.steps().appendAll(transitions(toEntry));
            if (isDeadEnd(c)) {
                return new Path<>(prefix.initial(), steps, Option.none());
            }
            int cycleStart = steps.size();
            return new Path<>(prefix.initial(), steps.appendAll(transitions(fairCycle(entry, c))),
                    Option.some(cycleStart));
        }

        /**
         * A cycle through {@code entry} inside component c that is weakly fair: greedily walk to the
         * nearest state where an unsatisfied fair process is disabled or can step inside c, until all
         * are satisfied, then walk back to {@code entry}.
         */
        private java.util.List<StateGraph.Edge<A>> fairCycle(int entry, int c) {
            IntPredicate inside = v -> componentOf[v] == c;
            boolean[] satisfied = new boolean[fairIndex.size()];
            java.util.List<StateGraph.Edge<A>> cycle = new ArrayList<>();
            markDisabled(entry, satisfied);
            int at = entry;
            while (!allTrue(satisfied)) {
                java.util.List<StateGraph.Edge<A>> walk =
                        shortestWalk(at, inside, v -> helpsFairness(v, c, satisfied));
                at = follow(walk, cycle, satisfied, at);
                StateGraph.Edge<A> step = internalStepOfUnsatisfied(at, c, satisfied);
                if (step != null) {
                    at = follow(java.util.List.of(step), cycle, satisfied, at);
                }
            }
            if (cycle.isEmpty()) {
                // Nothing to satisfy, but a lasso needs at least one step: take any step inside c.
                at = follow(java.util.List.of(anyInternalStep(entry, c)), cycle, satisfied, at);
            }
            follow(shortestWalk(at, inside, v -> v == entry), cycle, satisfied, at);
            return cycle;
        }

        /** Appends a walk to the cycle, crediting each fair process it steps or finds disabled. */
        private int follow(java.util.List<StateGraph.Edge<A>> walk, java.util.List<StateGraph.Edge<A>> cycle,
                           boolean[] satisfied, int from) {
            int at = from;
            for (StateGraph.Edge<A> e : walk) {
                int q = fairProcess(e);
                if (q >= 0) {
                    satisfied[q] = true;
                }
                at = e.target();
                markDisabled(at, satisfied);
                cycle.add(e);
            }
            return at;
        }

        private boolean helpsFairness(int v, int c, boolean[] satisfied) {
            boolean[] enabled = enabledFairProcesses(v);
            for (int q = 0; q < satisfied.length; q++) {
                if (!satisfied[q] && !enabled[q]) {
                    return true;
                }
            }
            return internalStepOfUnsatisfied(v, c, satisfied) != null;
        }

        private StateGraph.Edge<A> internalStepOfUnsatisfied(int u, int c, boolean[] satisfied) {
            for (StateGraph.Edge<A> e : graph.edges(u)) {
                int q = fairProcess(e);
                if (q >= 0 && !satisfied[q] && componentOf[e.target()] == c) {
                    return e;
                }
            }
            return null;
        }

        private StateGraph.Edge<A> anyInternalStep(int u, int c) {
            for (StateGraph.Edge<A> e : graph.edges(u)) {
                if (componentOf[e.target()] == c) {
                    return e;
                }
            }
            throw new IllegalStateException("state " + u + " has no step inside its own cyclic component");
        }

        /**
         * Breadth-first search from {@code from} through {@code allowed} states to the nearest state
         * satisfying {@code goal} ({@code from} itself counts); the edges taken, in order.
         */
        private java.util.List<StateGraph.Edge<A>> shortestWalk(int from, IntPredicate allowed, IntPredicate goal) {
            generation++;
            int head = 0;
            int tail = 0;
            queue[tail++] = from;
            seenIn[from] = generation;
            parentOf[from] = -1;
            while (head < tail) {
                int u = queue[head++];
                if (goal.test(u)) {
                    return walkBackFrom(u);
                }
                for (int i = 0; i < graph.edgeCount(u); i++) {
                    int v = graph.edgeTarget(u, i);
                    if (seenIn[v] != generation && allowed.test(v)) {
                        seenIn[v] = generation;
                        parentOf[v] = u;
                        parentEdge[v] = i;
                        queue[tail++] = v;
                    }
                }
            }
            throw new IllegalStateException("no walk from state " + from + " to the goal; components are inconsistent");
        }

        private java.util.List<StateGraph.Edge<A>> walkBackFrom(int v) {
            java.util.ArrayDeque<StateGraph.Edge<A>> walk = new java.util.ArrayDeque<>();
            for (int at = v; parentOf[at] >= 0; at = parentOf[at]) {
                walk.addFirst(graph.edges(parentOf[at]).get(parentEdge[at]));
            }
            return new ArrayList<>(walk);
        }

        private List<Transition<S, A>> transitions(java.util.List<StateGraph.Edge<A>> walk) {
            return List.ofAll(walk).map(e -> new Transition<>(e.step(), graph.state(e.target())));
        }

        // ---- small helpers ----

        /** Index of the fair process taking this step, or -1 if its process is not fair. */
        private int fairProcess(StateGraph.Edge<A> e) {
            return fairIndex.getOrDefault(property.processOf().apply(e.step()), -1);
        }

        /** The same for the i-th edge out of u, from the per-step table. */
        private int fairProcess(int u, int i) {
            return fairOfStep[graph.edgeStepNumber(u, i)];
        }

        /** Which fair processes have a step from u in the full graph (not just in scope). */
        private boolean[] enabledFairProcesses(int u) {
            boolean[] enabled = new boolean[fairIndex.size()];
            for (int i = 0; i < graph.edgeCount(u); i++) {
                int q = fairProcess(u, i);
                if (q >= 0) {
                    enabled[q] = true;
                }
            }
            return enabled;
        }

        private void markDisabled(int u, boolean[] satisfied) {
            boolean[] enabled = enabledFairProcesses(u);
            for (int q = 0; q < satisfied.length; q++) {
                if (!enabled[q]) {
                    satisfied[q] = true;
                }
            }
        }

        private int size(int c) {
            return start[c + 1] - start[c];
        }

        private static boolean allTrue(boolean[] flags) {
            for (boolean f : flags) {
                if (!f) {
                    return false;
                }
            }
            return true;
        }
    }
}
