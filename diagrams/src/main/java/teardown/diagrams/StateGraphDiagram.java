package teardown.diagrams;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import teardown.checker.StateDiff;
import teardown.checker.StateGraph;
import teardown.model.Step;
import teardown.model.TeardownState;

/**
 * The reachable state graph: every state and step when the graph is small, bad states filled red
 * and the shortest path to the first of them drawn thick blue. Larger graphs would take minutes to
 * lay out and could not be read anyway, so above {@link #FULL_LIMIT} states are collapsed into one
 * node per combination of the actors' phases (xenwatch, xenblkd, toolstack, target).
 */
public final class StateGraphDiagram {

    /** Graphviz lays out a few hundred nodes in seconds, but a thousand takes minutes. */
    public static final int FULL_LIMIT = 250;

    static final String BAD = "#f4a6a6";
    static final String PATH = "#1f77b4";

    private StateGraphDiagram() {
    }

    public static Diagram of(String name, String title, StateGraph<TeardownState, Step> graph, Violations bad) {
        return graph.size() <= FULL_LIMIT ? full(name, title, graph, bad) : summary(name, title, graph, bad);
    }

    public static boolean isSummary(StateGraph<TeardownState, Step> graph) {
        return graph.size() > FULL_LIMIT;
    }

    static Diagram full(String name, String title, StateGraph<TeardownState, Step> g, Violations bad) {
        StringBuilder dot = new StringBuilder(Dot.header("digraph", title + "\n" + g.size()
                + " states; red: violating; blue: shortest path to the first violation"));
        dot.append("  node [shape=circle, width=0.3, fixedsize=true, fontsize=8];\n  edge [arrowsize=0.5];\n");
        Set<Integer> onPath = LinkedHashSet.ofAll(bad.shortestPath());
        for (int id = 0; id < g.size(); id++) {
            dot.append("  s").append(id).append(" [label=\"").append(id).append('"')
                    .append(id < g.initialCount() ? ", shape=doublecircle" : "")
                    .append(bad.states().contains(id) ? ", style=filled, fillcolor=\"" + BAD + "\"" : "")
                    .append(onPath.contains(id) ? ", color=\"" + PATH + "\", penwidth=2" : "")
                    .append("];\n");
        }
        for (int id = 0; id < g.size(); id++) {
            for (StateGraph.Edge<Step> e : g.edges(id)) {
                boolean pathEdge = isPathEdge(bad.shortestPath(), id, e.target());
                dot.append("  s").append(id).append(" -> s").append(e.target()).append(" [tooltip=")
                        .append(Dot.quote(e.step().toString()))
                        .append(pathEdge ? ", color=\"" + PATH + "\", penwidth=2.5" : ", color=\"#00000055\"").append("];\n");
            }
        }
        return new Diagram(name, title, dot.append("}\n").toString());
    }

    static Diagram summary(String name, String title, StateGraph<TeardownState, Step> g, Violations bad) {
        // Classes numbered in breadth-first order of their first state, so the text is deterministic.
        Map<String, Integer> classOf = LinkedHashMap.empty();
        Map<Integer, Integer> sizes = LinkedHashMap.empty();
        int[] cls = new int[g.size()];
        for (int id = 0; id < g.size(); id++) {
            String key = phases(g.state(id));
            if (!classOf.containsKey(key)) {
                classOf = classOf.put(key, classOf.size());
            }
            cls[id] = classOf.get(key).get();
            sizes = sizes.put(cls[id], sizes.getOrElse(cls[id], 0) + 1);
        }
        Set<Integer> badClasses = bad.states().map(id -> cls[id]);
        List<Integer> pathClasses = bad.shortestPath().map(id -> cls[id]);
        StringBuilder dot = new StringBuilder(Dot.header("digraph", title + "\nsummary: " + g.size() + " states in "
                + classOf.size() + " phase combinations (xenwatch / xenblkd / toolstack / target); red: holds a violating state"));
        dot.append("  node [shape=box, style=rounded, fontsize=8];\n  edge [arrowsize=0.5];\n");
        for (var entry : classOf) {
            int c = entry._2;
            dot.append("  c").append(c).append(" [label=").append(Dot.quote(entry._1 + "\n(" + sizes.get(c).get() + " states)"))
                    .append(containsInitial(g, cls, c) ? ", penwidth=2" : "")
                    .append(badClasses.contains(c) ? ", style=\"rounded,filled\", fillcolor=\"" + BAD + "\"" : "")
                    .append(pathClasses.contains(c) ? ", color=\"" + PATH + "\", penwidth=2" : "")
                    .append("];\n");
        }
        Set<String> drawn = LinkedHashSet.empty();
        for (int id = 0; id < g.size(); id++) {
            for (StateGraph.Edge<Step> e : g.edges(id)) {
                int from = cls[id];
                int to = cls[e.target()];
                String edge = "c" + from + " -> c" + to;
                if (from != to && !drawn.contains(edge)) {
                    drawn = drawn.add(edge);
                    boolean pathEdge = isPathEdge(pathClasses, from, to);
                    dot.append("  ").append(edge).append(pathEdge ? " [color=\"" + PATH + "\", penwidth=2.5]" : "").append(";\n");
                }
            }
        }
        return new Diagram(name, title, dot.append("}\n").toString());
    }

    private static String phases(TeardownState s) {
        return s.xenwatch().at() + " / " + s.views().map(v -> StateDiff.render(v.xenblkd().phase())).mkString(",") + "\n"
                + StateDiff.render(s.toolstack().phase()) + " / " + StateDiff.render(s.target());
    }

    private static boolean containsInitial(StateGraph<TeardownState, Step> g, int[] cls, int c) {
        for (int id = 0; id < g.initialCount(); id++) {
            if (cls[id] == c) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPathEdge(List<Integer> path, int from, int to) {
        return path.sliding(2).exists(pair -> pair.size() == 2 && pair.get(0) == from && pair.get(1) == to);
    }
}
