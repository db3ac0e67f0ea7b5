package teardown.checker;

import io.vavr.collection.List;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The reachable part of a transition system as the breadth-first search found it. States are
 * numbered in discovery order, so the parent links give a shortest path to every state. Once
 * built it is never changed: liveness checks, diagrams and reports all read the same graph.
 */
public final class StateGraph<S, A> {

    /** An edge: the step taken and the number of the state it leads to. */
    public record Edge<A>(A step, int target) {
    }

    private final java.util.List<S> states = new ArrayList<>();
    private final Map<S, Integer> numbers = new HashMap<>();
    private final java.util.List<Integer> parents = new ArrayList<>();
    private final java.util.List<A> parentSteps = new ArrayList<>();
    private final java.util.List<Integer> depths = new ArrayList<>();
    private final java.util.List<java.util.List<Edge<A>>> edges = new ArrayList<>();
    private int initialCount;

    StateGraph() {
    }

    // ---- building, used by the explorer only ----

    /** Adds a state if new; returns its number, or -1 if it was already known. */
    int addIfNew(S state, int parent, A step) {
        if (numbers.containsKey(state)) {
            return -1;
        }
        int id = states.size();
        states.add(state);
        numbers.put(state, id);
        parents.add(parent);
        parentSteps.add(step);
        depths.add(parent < 0 ? 0 : depths.get(parent) + 1);
        edges.add(null);
        if (parent < 0) {
            initialCount++;
        }
        return id;
    }

    void setEdges(int id, java.util.List<Edge<A>> out) {
        edges.set(id, out);
    }

    // ---- reading ----

    public int size() {
        return states.size();
    }

    public S state(int id) {
        return states.get(id);
    }

    public int numberOf(S state) {
        return numbers.getOrDefault(state, -1);
    }

    /** The initial states are numbered 0 .. initialCount-1. */
    public int initialCount() {
        return initialCount;
    }

    public int depth(int id) {
        return depths.get(id);
    }

    /** False for states left unexpanded because the search hit its state limit. */
    public boolean isExpanded(int id) {
        return edges.get(id) != null;
    }

    /** The outgoing edges of a state: empty for one with no enabled step, or one left unexpanded. */
    public java.util.List<Edge<A>> edges(int id) {
        java.util.List<Edge<A>> out = edges.get(id);
        return out == null ? java.util.List.of() : java.util.Collections.unmodifiableList(out);
    }

    /** A shortest path from an initial state to state {@code id}. */
    public Path<S, A> shortestPathTo(int id) {
        List<Transition<S, A>> steps = List.empty();
        int at = id;
        while (parents.get(at) >= 0) {
            steps = steps.prepend(new Transition<>(parentSteps.get(at), states.get(at)));
            at = parents.get(at);
        }
        return Path.of(states.get(at), steps);
    }

    /** The lowest-numbered (so shallowest) state satisfying {@code p}, or -1. */
    public int firstMatching(Predicate<S> p) {
        for (int id = 0; id < states.size(); id++) {
            if (p.test(states.get(id))) {
                return id;
            }
        }
        return -1;
    }
}
