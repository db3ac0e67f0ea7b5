package teardown.checker;

import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * Everything one check found: the graph (only when the search kept it; see {@link Storage}), an
 * outcome per property, and the statistics.
 */
public record Report<S, A>(StateGraph<S, A> graph, List<Outcome<S, A>> outcomes, Statistics statistics) {

    @Override
    public StateGraph<S, A> graph() {
        if (graph == null) {
            throw new IllegalStateException("a fingerprint search keeps no graph: check with Storage.GRAPH to read one");
        }
        return graph;
    }

    public boolean hasGraph() {
        return graph != null;
    }

    public Option<Outcome<S, A>> outcome(String propertyName) {
        return outcomes.find(o -> o.property().name().equals(propertyName));
    }
}
