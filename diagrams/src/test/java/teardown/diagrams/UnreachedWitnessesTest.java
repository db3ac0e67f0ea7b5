package teardown.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import teardown.checker.Outcome;
import teardown.checker.Verdict;
import teardown.model.Configuration;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.toolstack.Toolstack;
import teardown.properties.VariantCheck;
import teardown.properties.VariantResult;
import teardown.properties.Witness;

/** Which unreached witnesses are explained by a known model fact, and that any other gap is reported as suspicious. */
class UnreachedWitnessesTest {

    @Test
    void thePostsXendNeverPollsAVisibleDeviceAndThatIsTheFinding() {
        VariantResult r = VariantCheck.run(Configuration.of(Driver.STOCK, Toolstack.XENDPATCHED, Disk.HEALTHY));
        List<UnreachedWitnesses.Gap> gaps = UnreachedWitnesses.of(List.of(r));
        UnreachedWitnesses.Gap poll = gaps.find(g -> g.witness() == Witness.POLL_WHILE_VISIBLE).get();
        assertTrue(poll.expected());
        assertTrue(poll.reason().get().why().contains("deletes the backend directory before it polls"), poll.reason().get().why());
        assertTrue(gaps.forAll(UnreachedWitnesses.Gap::expected), gaps.toString());
    }

    @Test
    void outsideAMigrationThereIsNoTargetAndXmDestroyPollsNothing() {
        VariantResult r = VariantCheck.run(Configuration.of(Driver.STOCK, Toolstack.XEND31, Disk.HEALTHY)
                .withScenario(teardown.model.Scenario.DESTROY).withRequests(1));
        List<UnreachedWitnesses.Gap> gaps = UnreachedWitnesses.of(List.of(r));
        // With no target, target-runs cannot apply: it is said so, not listed as a window never entered.
        assertEquals(Verdict.INAPPLICABLE, r.witnesses().find(o -> o.property().name().equals(Witness.TARGET_RUNS.id())).get().verdict());
        assertTrue(gaps.exists(g -> g.witness() == Witness.POLL_WHILE_VISIBLE) && !gaps.exists(g -> g.witness() == Witness.TARGET_RUNS),
                gaps.toString());
        assertTrue(gaps.forAll(UnreachedWitnesses.Gap::expected), gaps.toString());
    }

    @Test
    void aGapNoKnownFactExplainsIsSuspicious() {
        VariantResult r = VariantCheck.run(Configuration.of(Driver.STOCK, Toolstack.XEND31, Disk.HEALTHY));
        assertEquals(List.empty(), UnreachedWitnesses.of(List.of(r)), "stock/xend31/healthy reaches every window");
        // The same variant as if its search had never reached the target running: nothing known explains that.
        VariantResult lost = new VariantResult(r.configuration(), r.properties(), r.witnesses().map(o -> o.property().name().equals(Witness.TARGET_RUNS.id())
                ? new Outcome<>(o.property(), Verdict.VIOLATED, o.trace()) : o), r.statistics(), r.ends(), r.exploredGraph());
        List<UnreachedWitnesses.Group> groups = UnreachedWitnesses.grouped(List.of(lost));
        assertEquals(1, groups.size());
        assertEquals(Witness.TARGET_RUNS, groups.head().witness());
        assertTrue(groups.head().reason().isEmpty(), "suspicious");
        assertFalse(groups.head().undecided());
    }

    @Test
    void aSearchCutShortLeavesItsGapsUndecidedNotExplained() {
        VariantResult r = VariantCheck.run(Configuration.of(Driver.STOCK, Toolstack.XENDPATCHED, Disk.HEALTHY), teardown.properties.PropertyId.safety(),
                20, p -> { });
        List<UnreachedWitnesses.Gap> gaps = UnreachedWitnesses.of(List.of(r));
        assertFalse(gaps.isEmpty());
        assertTrue(gaps.forAll(g -> g.undecided() && !g.expected()), gaps.toString());
    }
}
