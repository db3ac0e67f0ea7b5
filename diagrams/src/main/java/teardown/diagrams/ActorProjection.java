package teardown.diagrams;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Set;
import teardown.checker.StateGraph;
import teardown.model.Step;
import teardown.model.TeardownState;

/**
 * The explored state graph seen through one actor: its phases are the nodes, and a step is an
 * edge from the phase before to the phase after. Steps of other actors that leave this actor's
 * phase alone are dropped; the actor's own such steps stay, as self-loops, because they are what
 * it does while it stays put (xenblkd dispatching request after request).
 */
public record ActorProjection(ActorView view, Set<String> initialPhases, Set<String> phases, Set<Edge> edges) {

    /** One projected step; {@code actor} is who took it, which need not be the viewed actor. */
    public record Edge(String from, String actor, String step, String to) {
    }

    public static ActorProjection of(StateGraph<TeardownState, Step> graph, ActorView view) {
        // Insertion-ordered sets in breadth-first order make the DOT text, and so the docs test, deterministic.
        Set<String> initial = LinkedHashSet.empty();
        Set<String> phases = LinkedHashSet.empty();
        Set<Edge> edges = LinkedHashSet.empty();
        for (int id = 0; id < graph.size(); id++) {
            String from = view.phaseOf(graph.state(id));
            phases = phases.add(from);
            if (id < graph.initialCount()) {
                initial = initial.add(from);
            }
            for (StateGraph.Edge<Step> e : graph.edges(id)) {
                String to = view.phaseOf(graph.state(e.target()));
                if (!to.equals(from) || e.step().actor() == view.actor()) {
                    edges = edges.add(new Edge(from, e.step().actor().id(), e.step().name(), to));
                }
            }
        }
        return new ActorProjection(view, initial, phases, edges);
    }
}
