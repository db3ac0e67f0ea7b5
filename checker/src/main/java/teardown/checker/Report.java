package teardown.checker;

import io.vavr.collection.List;
import io.vavr.control.Option;

/** Everything one check found: the graph, an outcome per property, and the statistics. */
public record Report<S, A>(StateGraph<S, A> graph, List<Outcome<S, A>> outcomes, Statistics statistics) {

    public Option<Outcome<S, A>> outcome(String propertyName) {
        return outcomes.find(o -> o.property().name().equals(propertyName));
    }
}
