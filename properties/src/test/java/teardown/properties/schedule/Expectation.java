package teardown.properties.schedule;

import teardown.checker.Outcome;
import teardown.checker.StateGraph;
import io.vavr.control.Option;
import teardown.checker.Verdict;
import teardown.model.Configuration;
import teardown.model.Step;
import teardown.model.Teardown;
import teardown.model.TeardownState;
import teardown.properties.PropertyId;
import teardown.properties.VariantResult;
import teardown.properties.pinned.PinnedVerdicts;

/**
 * What a random schedule can find for one property of one variant: whether any run violates it
 * and, if so, the length of the shortest such run. For a default variant the verdict and the
 * shortest length come from the pinned table ({@link PinnedVerdicts}), written down by people, not
 * from the checker under test; the checker must agree with the table, or the expectation refuses
 * to be built. Other variants, and the "stuck" form of a liveness property, come from the
 * checker's graph.
 */
record Expectation(Configuration variant, PropertyId property, boolean violated, int shortest) {

    static Expectation of(Configuration c, PropertyId id) {
        VariantResult result = CheckedOnce.of(c);
        Outcome<TeardownState, Step> outcome = result.properties().find(o -> o.property().name().equals(id.id()))
                .getOrElseThrow(() -> new IllegalStateException(c.label() + ": no verdict for " + id.id()));
        if (outcome.verdict() == Verdict.INCOMPLETE) {
            throw new IllegalStateException(c.label() + ": the exhaustive check did not finish");
        }
        Option<PinnedVerdicts.Cell> pinned = PinnedVerdicts.cell(c.label(), id);
        if (pinned.exists(p -> p.verdict() != outcome.verdict())) {
            throw new IllegalStateException(c.label() + " " + id.id() + ": the checker says " + outcome.verdict().id()
                    + " but the pinned table says " + pinned.get().verdict().id());
        }
        if (!id.isLiveness()) {
            boolean violated = pinned.map(p -> p.verdict() == Verdict.VIOLATED).getOrElse(outcome.verdict() == Verdict.VIOLATED);
            int shortest = pinned.map(PinnedVerdicts.Cell::shortest)
                    .getOrElse(() -> violated ? outcome.trace().get().length() : -1);
            return new Expectation(c, id, violated, shortest);
        }
        if (pinned.exists(p -> p.verdict() == Verdict.HOLDS)) {
            // A property pinned as holding has no stuck end for a schedule to find, whatever the graph says below.
            int stuck = result.graph().firstMatching(s -> Teardown.successors(c, s).isEmpty() && ScheduleProperty.stuckBadly(id, c, s));
            if (stuck >= 0) {
                throw new IllegalStateException(c.label() + ": a stuck end violates " + id.id() + " but it is pinned as holding");
            }
            return new Expectation(c, id, false, -1);
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
