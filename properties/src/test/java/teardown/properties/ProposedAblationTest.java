package teardown.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static teardown.properties.Verdicts.verdict;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import teardown.checker.Outcome;
import teardown.checker.Verdict;
import teardown.model.Configuration;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.Ingredient;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.model.toolstack.Toolstack;
import teardown.model.blkback.ProposedBlkback;
import teardown.model.guest.Frontend;
import teardown.model.toolstack.ProposedToolstack;

/**
 * The proposed driver and toolstack keep every promise, and each ingredient is needed: taking it
 * away breaks a named property, which holds with the ingredient on the same disk.
 */
class ProposedAblationTest {

    @Test
    void theProposedPairHoldsEveryPropertyOnEveryDiskWithBothFrontends() {
        for (Disk k : Disk.values()) {
            for (Frontend f : Frontend.values()) {
                Configuration c = Configuration.of(Driver.PROPOSED, Toolstack.PROPOSED, k).withFrontend(f);
                VariantResult r = VariantCheck.run(c);
                for (Outcome<TeardownState, Step> o : r.properties()) {
                    // The abort keeps the source paused with its requests unanswered (docs/model/proposed.md#abort).
                    boolean abortLosesRequests = o.property().name().equals(PropertyId.NO_REQUEST_LOST.id()) && k == Disk.SLOW && f == Frontend.LINUX;
                    Verdict expected = o.verdict() == Verdict.INAPPLICABLE ? Verdict.INAPPLICABLE : abortLosesRequests ? Verdict.VIOLATED : Verdict.HOLDS;
                    assertEquals(expected, o.verdict(), c.label() + " " + o.property().name());
                }
                assertTrue(r.statistics().complete(), c.label());
            }
        }
    }

    @Test
    void withoutTheHonestClosedClosedNoLongerMeansDrained() {
        assertBreaks(ProposedBlkback.full().without(Ingredient.HONEST_CLOSED), Toolstack.PROPOSED, Disk.HEALTHY, PropertyId.CLOSED_MEANS_DRAINED);
        // Closed then comes at once, so the sender lets the target go too early as well.
        assertEquals(Verdict.VIOLATED, verdict(ProposedBlkback.full().without(Ingredient.HONEST_CLOSED), Toolstack.PROPOSED, Disk.HEALTHY,
                PropertyId.NO_UNLEASH_BEFORE_IO_DONE));
    }

    @Test
    void whenTheDrainWaitsOnXenwatchAHungDiskStallsXenwatch() {
        assertBreaks(ProposedBlkback.full().without(Ingredient.XENWATCH_NEVER_WAITS), Toolstack.PROPOSED, Disk.HUNG, PropertyId.XENWATCH_PROGRESS);
    }

    @Test
    void lettingTheTargetGoBeforeTheDrainLosesUpdates() {
        assertBreaks(Driver.PROPOSED, ProposedToolstack.full().without(Ingredient.DRAIN_BEFORE_GO), Disk.HEALTHY, PropertyId.NO_UNLEASH_BEFORE_IO_DONE);
        assertEquals(Verdict.VIOLATED, verdict(Driver.PROPOSED, ProposedToolstack.full().without(Ingredient.DRAIN_BEFORE_GO), Disk.SLOW,
                PropertyId.NO_LOST_UPDATE));
    }

    @Test
    void anUnboundedWaitHangsTheMigrationSilentlyOnAHungDisk() {
        assertBreaks(Driver.PROPOSED, ProposedToolstack.full().without(Ingredient.BOUNDED_WAIT), Disk.HUNG, PropertyId.MIGRATION_COMPLETES);
    }

    @Test
    void aTimeoutThatCarriesOnUnleashesTheTargetOnASlowDisk() {
        assertBreaks(Driver.PROPOSED, ProposedToolstack.full().without(Ingredient.ABORT_ON_TIMEOUT), Disk.SLOW, PropertyId.NO_UNLEASH_BEFORE_IO_DONE);
        assertEquals(Verdict.VIOLATED, verdict(Driver.PROPOSED, ProposedToolstack.full().without(Ingredient.ABORT_ON_TIMEOUT), Disk.SLOW,
                PropertyId.NO_LOST_UPDATE));
    }

    @Test
    void everyIngredientHasAnAblationTest() {
        List<String> tested = List.of("HONEST_CLOSED", "XENWATCH_NEVER_WAITS", "DRAIN_BEFORE_GO", "BOUNDED_WAIT", "ABORT_ON_TIMEOUT");
        assertEquals(tested, List.of(Ingredient.values()).map(Enum::name), "a new ingredient needs its own ablation test");
    }

    /** The property holds for the full pair on this disk and is violated once the ingredient is gone. */
    private static void assertBreaks(Driver d, Toolstack x, Disk k, PropertyId p) {
        assertEquals(Verdict.HOLDS, verdict(Driver.PROPOSED, Toolstack.PROPOSED, k, p), "full proposed pair, " + k.id() + ", " + p.id());
        assertEquals(Verdict.VIOLATED, verdict(d, x, k, p), d.id() + "/" + x.id() + "/" + k.id() + " should break " + p.id());
    }
}
