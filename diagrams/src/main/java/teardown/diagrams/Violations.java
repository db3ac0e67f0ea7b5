package teardown.diagrams;

import io.vavr.collection.List;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import teardown.checker.Outcome;
import teardown.checker.Property;
import teardown.checker.StateGraph;
import teardown.checker.Verdict;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.properties.VariantResult;

/**
 * Which explored states are bad, for highlighting: every state that breaks a violated invariant,
 * every deadlocked state when no-deadlock is violated, and the last state of every counterexample
 * (for liveness the state where the behaviour gets stuck or starts its cycle).
 */
public record Violations(SortedSet<Integer> states, List<Integer> shortestPath) {

    public static Violations of(VariantResult r) {
        StateGraph<TeardownState, Step> g = r.graph();
        SortedSet<Integer> bad = TreeSet.empty();
        for (Outcome<TeardownState, Step> o : r.properties().filter(o -> o.verdict() == Verdict.VIOLATED)) {
            for (int id = 0; id < g.size(); id++) {
                if (breaks(o.property(), g, id)) {
                    bad = bad.add(id);
                }
            }
            bad = bad.addAll(o.trace().map(p -> g.numberOf(p.last())).filter(id -> id >= 0));
        }
        // States are numbered breadth-first, so the lowest-numbered bad state is one of the nearest.
        List<Integer> path = bad.headOption()
                .map(id -> g.shortestPathTo(id).states().map(g::numberOf))
                .getOrElse(List.empty());
        return new Violations(bad, path);
    }

    private static boolean breaks(Property<TeardownState, Step> p, StateGraph<TeardownState, Step> g, int id) {
        if (p instanceof Property.Always<TeardownState, Step> always) {
            return !always.invariant().test(g.state(id));
        }
        if (p instanceof Property.NoDeadlock<TeardownState, Step> deadlock) {
            return g.isExpanded(id) && g.edges(id).isEmpty() && !deadlock.legitimateEnd().test(g.state(id));
        }
        return false;
    }
}
