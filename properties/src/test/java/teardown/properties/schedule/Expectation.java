package teardown.properties.schedule;

import io.vavr.collection.List;
import teardown.checker.Outcome;
import teardown.checker.StateGraph;
import teardown.checker.Verdict;
import teardown.model.Configuration;
import teardown.model.Step;
import teardown.model.Teardown;
import teardown.model.TeardownState;
import teardown.properties.PropertyId;
import teardown.properties.VariantCheck;
import teardown.properties.VariantResult;

/**
 * What the exhaustive checker says a random schedule can find for one property of one variant:
 * whether any run violates it and, if so, the length of the shortest such run. Derived, never
 * hard-coded, so the suite follows the model.
 */
record Expectation(Configuration variant, PropertyId property, boolean violated, int shortest) {

    static Expectation of(Configuration c, PropertyId id) {
        VariantResult result = VariantCheck.run(c, List.of(id), VariantCheck.DEFAULT_MAX_STATES, p -> { });
        Outcome<TeardownState, Step> outcome = result.properties().head();
        if (outcome.verdict() == Verdict.INCOMPLETE) {
            throw new IllegalStateException(c.label() + ": the exhaustive check did not finish");
        }
        if (!id.isLiveness()) {
            boolean violated = outcome.verdict() == Verdict.VIOLATED;
            return new Expectation(c, id, violated, violated ? outcome.trace().get().length() : -1);
        }
        // A schedule can only show liveness stuck, so look for a reachable end state that violates it.
        StateGraph<TeardownState, Step> graph = result.graph();
        int stuck = graph.firstMatching(s -> Teardown.successors(c, s).isEmpty() && ScheduleProperty.stuckBadly(id, c, s));
        if (stuck >= 0 && outcome.verdict() != Verdict.VIOLATED) {
            throw new IllegalStateException(c.label() + ": a stuck end violates " + id.id() + " but the checker says it holds");
        }
        return new Expectation(c, id, stuck >= 0, stuck >= 0 ? graph.shortestPathTo(stuck).length() : -1);
    }
}
