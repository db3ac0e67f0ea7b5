package teardown.properties;

import io.vavr.collection.List;
import teardown.checker.Outcome;
import teardown.checker.StateGraph;
import teardown.checker.Statistics;
import teardown.model.Configuration;
import teardown.model.Step;
import teardown.model.TeardownState;

/** What checking one configuration found: a verdict per property, each witness, and the statistics. */
public record VariantResult(Configuration configuration,
                            List<Outcome<TeardownState, Step>> properties,
                            List<Outcome<TeardownState, Step>> witnesses,
                            Statistics statistics,
                            StateGraph<TeardownState, Step> graph) {
}
