package teardown.properties;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import teardown.checker.Outcome;
import teardown.checker.StateGraph;
import teardown.checker.Statistics;
import teardown.model.Configuration;
import teardown.model.Step;
import teardown.model.TeardownState;

/**
 * What checking one configuration found: a verdict per property, each witness, the statistics,
 * how the migration can end, and the explored graph while someone still needs it (diagrams do;
 * a verdict matrix does not).
 */
public record VariantResult(Configuration configuration,
                            List<Outcome<TeardownState, Step>> properties,
                            List<Outcome<TeardownState, Step>> witnesses,
                            Statistics statistics,
                            Set<MigrationEnd> ends,
                            Option<StateGraph<TeardownState, Step>> exploredGraph) {

    /** The explored graph; only results kept for drawing have one. */
    public StateGraph<TeardownState, Step> graph() {
        return exploredGraph.getOrElseThrow(() -> new IllegalStateException(
                configuration.label() + ": the explored graph was dropped after judging"));
    }

    /** The same verdicts without the graph, so a large search's memory can be freed at once. */
    public VariantResult withoutGraph() {
        return new VariantResult(configuration, properties, witnesses, statistics, ends, Option.none());
    }
}
