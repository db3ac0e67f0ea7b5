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
import teardown.model.Scenario;
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

    /** In a migration, every disk and both frontends: every property that applies holds. */
    @Test
    void theProposedPairHoldsEveryPropertyInAMigrationOnEveryDiskWithBothFrontends() {
        for (Disk k : Disk.values()) {
            for (Frontend f : Frontend.values()) {
                Configuration c = Configuration.of(Driver.PROPOSED, Toolstack.PROPOSED, k).withFrontend(f);
                VariantResult r = VariantCheck.run(c);
                for (Outcome<TeardownState, Step> o : r.properties()) {
                    Verdict expected = o.verdict() == Verdict.INAPPLICABLE ? Verdict.INAPPLICABLE : Verdict.HOLDS;
                    assertEquals(expected, o.verdict(), c.label() + " " + o.property().name());
                }
                assertTrue(r.statistics().complete(), c.label());
            }
        }
    }

    /**
     * Detach and destroy, every disk: every property that applies holds, but for the trade on disks
     * that never complete: the device never drains, so its directory stays (no-leftovers).
     */
    @Test
    void outsideAMigrationTheOnlyTradeIsABusyDeviceThatStays() {
        for (Scenario sc : List.of(Scenario.DETACH, Scenario.DESTROY)) {
            for (Disk k : Disk.values()) {
                Configuration c = Configuration.of(Driver.PROPOSED, Toolstack.PROPOSED, k).withScenario(sc);
                for (Outcome<TeardownState, Step> o : VariantCheck.run(c).properties()) {
                    boolean trade = !k.completes() && o.property().name().equals(PropertyId.NO_LEFTOVERS.id());
                    Verdict expected = o.verdict() == Verdict.INAPPLICABLE ? Verdict.INAPPLICABLE : trade ? Verdict.VIOLATED : Verdict.HOLDS;
                    assertEquals(expected, o.verdict(), c.label() + " " + o.property().name());
                }
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

    /** Told to stop by KTHREAD_SHOULD_STOP, xenblkd leaves the ring's requests unconsumed: a detached guest waits for them for ever. */
    @Test
    void stoppedByKthreadShouldStopTheThreadLeavesRequestsOnTheRing() {
        assertBreaks(Configuration.of(ProposedBlkback.full().without(Ingredient.STOP_BY_FLAG), Toolstack.PROPOSED, Disk.HEALTHY)
                .withScenario(Scenario.DETACH), PropertyId.NO_REQUEST_LOST);
        // The abort then has nothing to resume on a slow disk: the source's requests stay unanswered.
        assertBreaks(Configuration.of(ProposedBlkback.full().without(Ingredient.STOP_BY_FLAG), Toolstack.PROPOSED, Disk.SLOW),
                PropertyId.SOURCE_RESUMES);
    }

    /** Unregistered as soon as the frontend is gone, the device leaves sysfs with requests in flight. */
    @Test
    void unregisteringBeforeTheDrainLetsTheDeviceVanishWithIoInFlight() {
        assertBreaks(Configuration.of(ProposedBlkback.full().without(Ingredient.UNREGISTER_WHEN_DRAINED), Toolstack.PROPOSED, Disk.HEALTHY)
                .withScenario(Scenario.DESTROY), PropertyId.NO_VANISH_BEFORE_IO_DONE);
        assertBreaks(Configuration.of(ProposedBlkback.full().without(Ingredient.UNREGISTER_WHEN_DRAINED), Toolstack.PROPOSED, Disk.HEALTHY)
                .withScenario(Scenario.DETACH), PropertyId.CLOSED_MEANS_DRAINED);
    }

    /** An abort that leaves the source paused with its rings drained has moved the failure, not cured it. */
    @Test
    void anAbortThatDoesNotResumeLeavesTheSourceWithoutItsDisk() {
        assertBreaks(Configuration.of(Driver.PROPOSED, ProposedToolstack.full().without(Ingredient.RESUME_ON_ABORT), Disk.SLOW),
                PropertyId.SOURCE_RESUMES);
        assertBreaks(Configuration.of(Driver.PROPOSED, ProposedToolstack.full().without(Ingredient.RESUME_ON_ABORT), Disk.HUNG),
                PropertyId.MIGRATION_COMPLETES);
    }

    /**
     * A reference the thread takes when it starts comes too late where the driver lands first,
     * under today's xl: a reconnect restarts the thread, xl's timed-out remove deletes the backend
     * path, the bus unregisters the device, remove drops the last reference before the new thread
     * first runs, and the deferred free frees the blkif under it (frontend-writes, slow disk).
     */
    @Test
    void aReferenceTakenByTheThreadItselfComesTooLate() {
        Configuration withXl = Configuration.of(Driver.PROPOSED, Toolstack.XL, Disk.SLOW).withScenario(Scenario.FRONTEND_WRITES);
        assertEquals(Verdict.HOLDS, Verdicts.check(withXl, PropertyId.NO_USE_AFTER_FREE).verdict(), withXl.label());
        Configuration without = withXl.withDriver(ProposedBlkback.full().without(Ingredient.THREAD_REF_BEFORE_RUN));
        Outcome<TeardownState, Step> o = Verdicts.check(without, PropertyId.NO_USE_AFTER_FREE);
        assertEquals(Verdict.VIOLATED, o.verdict(), without.label());
        assertEquals(16, o.trace().get().length(), without.label());
    }

    /**
     * The creator's reference outlives a thread that never ran: a reconnect's kthread_stop can stop
     * the thread before its function runs, and then only the stopper can drop the reference
     * (XenBlkback's reaped kthread_stop). If it did not, the blkif would never be freed.
     */
    @Test
    void theKthreadStopThatReapsAThreadThatNeverRanDropsItsReference() {
        Configuration reconnects = Configuration.of(Driver.PROPOSED, Toolstack.PROPOSED, Disk.HEALTHY).withScenario(Scenario.FRONTEND_WRITES);
        assertEquals(Verdict.HOLDS, Verdicts.check(reconnects, PropertyId.NO_LEAK).verdict(), reconnects.label());
    }

    /** Without the lock, Closed comes between a reconnect's old thread and its new one, and the toolstack removes a busy device. */
    @Test
    void aDrainThatDoesNotWaitOutAReconnectWritesClosedTooEarly() {
        assertBreaks(Configuration.of(ProposedBlkback.full().without(Ingredient.DRAIN_WAITS_OUT_RECONNECT), Toolstack.PROPOSED, Disk.HEALTHY)
                .withScenario(Scenario.FRONTEND_WRITES), PropertyId.NO_VANISH_BEFORE_IO_DONE);
    }

    /** A timed-out remove that deletes the backend path lets the bus unregister a device still draining. */
    @Test
    void aRemoveThatDeletesTheDrainingBackendsPathLetsTheDeviceVanish() {
        assertBreaks(Configuration.of(Driver.PROPOSED, ProposedToolstack.full().without(Ingredient.LEAVES_DRAINING_BACKEND), Disk.SLOW)
                .withScenario(Scenario.DETACH), PropertyId.NO_VANISH_BEFORE_IO_DONE);
    }

    @Test
    void everyIngredientHasAnAblationTest() {
        List<String> tested = List.of("HONEST_CLOSED", "XENWATCH_NEVER_WAITS", "STOP_BY_FLAG", "THREAD_REF_BEFORE_RUN", "UNREGISTER_WHEN_DRAINED",
                "DRAIN_WAITS_OUT_RECONNECT", "DRAIN_BEFORE_GO", "BOUNDED_WAIT", "ABORT_ON_TIMEOUT", "LEAVES_DRAINING_BACKEND", "RESUME_ON_ABORT");
        assertEquals(tested, List.of(Ingredient.values()).map(Enum::name), "a new ingredient needs its own ablation test");
    }

    /** The property holds for the full pair in this configuration and is violated once the ingredient is gone. */
    private static void assertBreaks(Configuration without, PropertyId p) {
        Configuration full = without.withDriver(Driver.PROPOSED).withToolstack(Toolstack.PROPOSED);
        assertEquals(Verdict.HOLDS, Verdicts.check(full, p).verdict(), full.label() + ", " + p.id());
        assertEquals(Verdict.VIOLATED, Verdicts.check(without, p).verdict(), without.label() + " should break " + p.id());
    }

    /** The property holds for the full pair on this disk and is violated once the ingredient is gone. */
    private static void assertBreaks(Driver d, Toolstack x, Disk k, PropertyId p) {
        assertEquals(Verdict.HOLDS, verdict(Driver.PROPOSED, Toolstack.PROPOSED, k, p), "full proposed pair, " + k.id() + ", " + p.id());
        assertEquals(Verdict.VIOLATED, verdict(d, x, k, p), d.id() + "/" + x.id() + "/" + k.id() + " should break " + p.id());
    }
}
