package teardown.checker;

import java.util.ArrayList;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The reachable part of a transition system as the breadth-first search found it. States are
 * numbered in discovery order, so the parent links give a shortest path to every state. Once
 * built it is never changed: liveness checks, diagrams and reports all read the same graph.
 * It is stored compactly ({@link GraphStore}); each state is rebuilt when asked for, so read a
 * state once per use rather than holding on to many.
 */
public final class StateGraph<S, A> {

    /** An edge: the step taken and the number of the state it leads to. */
    public record Edge<A>(A step, int target) {
    }

    private final GraphStore<S, A> store;
    private final Levels levels;
    private final UnaryOperator<S> canonical;

    StateGraph(GraphStore<S, A> store, Levels levels, UnaryOperator<S> canonical) {
        this.store = store;
        this.levels = levels;
        this.canonical = canonical;
    }

    public int size() {
        return store.size();
    }

    public S state(int id) {
        return store.state(id);
    }

    /** The number of a state (under symmetry reduction, of its canonical form), or -1 if never reached. */
    public int numberOf(S state) {
        return store.numberOf(canonical.apply(state));
    }

    /** The initial states are numbered 0 .. initialCount-1. */
    public int initialCount() {
        return store.initialCount();
    }

    public int depth(int id) {
        return levels.depthOf(id);
    }

    /** False for states left unexpanded because the search was cut short. */
    public boolean isExpanded(int id) {
        return id < store.expandedCount();
    }

    /** The outgoing edges of a state: empty for one with no enabled step, or one left unexpanded. */
    public java.util.List<Edge<A>> edges(int id) {
        java.util.List<Edge<A>> out = new ArrayList<>(edgeCount(id));
        for (int e = store.firstEdge(id); e < store.endEdge(id); e++) {
            out.add(new Edge<>(store.step(store.stepNumber(e)), store.target(e)));
        }
        return java.util.Collections.unmodifiableList(out);
    }

    public int edgeCount(int id) {
        return store.endEdge(id) - store.firstEdge(id);
    }

    /** The target of the {@code i}-th edge out of {@code id}, without building an {@link Edge}. */
    public int edgeTarget(int id, int i) {
        return store.target(store.firstEdge(id) + i);
    }

    /** The step of the {@code i}-th edge out of {@code id}. */
    public A edgeStep(int id, int i) {
        return store.step(store.stepNumber(store.firstEdge(id) + i));
    }

    /** The step of that edge as a number into the table of distinct steps (see {@link #step(int)}). */
    int edgeStepNumber(int id, int i) {
        return store.stepNumber(store.firstEdge(id) + i);
    }

    int distinctSteps() {
        return store.distinctSteps();
    }

    A step(int stepNumber) {
        return store.step(stepNumber);
    }

    /** A shortest path from an initial state to state {@code id}. */
    public Path<S, A> shortestPathTo(int id) {
        return store.pathTo(id);
    }

    /** The lowest-numbered (so shallowest) state satisfying {@code p}, or -1. */
    public int firstMatching(Predicate<S> p) {
        for (int id = 0; id < size(); id++) {
            if (p.test(state(id))) {
                return id;
            }
        }
        return -1;
    }
}
