package teardown.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static teardown.properties.Verdicts.counterexample;
import static teardown.properties.Verdicts.verdict;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import teardown.checker.Path;
import teardown.checker.Verdict;
import teardown.model.Configuration;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.Hazard;
import teardown.model.Mutant;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.model.toolstack.Toolstack;
import teardown.model.blkback.Kthread;
import teardown.model.kernel.Frame;

/**
 * The post's question, "can blocking xenwatch deadlock?", as liveness verdicts. The teardown's
 * state graph has no cycles (every step makes progress), so each counterexample ends in a state
 * where nothing fair can move: the lasso degenerates to a dead end, and the test says which.
 */
class ProgressTest {

    @Test
    void withAHealthyDiskThePatchedXenwatchAlwaysComesBack() {
        assertEquals(Verdict.HOLDS, verdict(Driver.PATCHED, Toolstack.XEND31, Disk.HEALTHY, PropertyId.XENWATCH_PROGRESS));
        assertEquals(Verdict.HOLDS, verdict(Driver.PATCHED, Toolstack.XEND31, Disk.SLOW, PropertyId.XENWATCH_PROGRESS));
        assertEquals(Verdict.HOLDS, verdict(Driver.PATCHED, Toolstack.XEND31, Disk.HEALTHY, PropertyId.NO_DEADLOCK));
        // The same questions can say no: the disk, or a leaked reference, makes the difference.
        assertEquals(Verdict.VIOLATED, verdict(Driver.PATCHED, Toolstack.XEND31, Disk.HUNG, PropertyId.XENWATCH_PROGRESS));
        assertEquals(Verdict.VIOLATED, verdict(Driver.PATCHED, Toolstack.XEND31, Disk.HEALTHY, PropertyId.XENWATCH_PROGRESS,
                Mutant.COMPLETION_KEEPS_REFERENCE));
        assertEquals(Verdict.VIOLATED, verdict(Driver.PATCHED, Toolstack.XEND31, Disk.HEALTHY, PropertyId.NO_DEADLOCK,
                Hazard.CLOSE_UNREGISTERS_WATCH));
    }

    @Test
    void aHungDiskHangsThePatchedXenwatchInItsWait() {
        Path<TeardownState, Step> trace = counterexample(Driver.PATCHED, Toolstack.XEND31, Disk.HUNG, PropertyId.XENWATCH_PROGRESS);
        assertTrue(trace.cycleStart().isEmpty(), "a dead end, not a cycle");
        TeardownState end = trace.last();
        assertEquals(Frame.WaitsFor.THREAD_SIGNAL, end.xenwatch().waitsFor());
        assertEquals(Kthread.Phase.DRAINING, end.vbd(0).ring(0).xenblkd().phase(), "xenblkd waits for the disk");
        assertTrue(end.vbd(0).ring(0).requests().inFlight() > 0);
    }

    @Test
    void theStockDriverHangsXenwatchOnAHungDiskToo() {
        TeardownState end = counterexample(Driver.STOCK, Toolstack.XEND31, Disk.HUNG, PropertyId.XENWATCH_PROGRESS).last();
        assertEquals(Frame.WaitsFor.IN_FLIGHT, end.xenwatch().waitsFor());
    }

    @Test
    void aDeadDiskHangsEvenUpstreamXenwatchInKthreadStop() {
        // xenblkd is stuck inside submit_bio, so kthread_stop never returns: upstream's "never waits" is for I/O only.
        TeardownState end = counterexample(Driver.UPSTREAM, Toolstack.XEND31, Disk.DEAD, PropertyId.XENWATCH_PROGRESS).last();
        assertEquals(Frame.WaitsFor.THREAD_EXIT, end.xenwatch().waitsFor());
        assertEquals(Kthread.Phase.BLOCKED_IN_SUBMIT_BIO, end.vbd(0).ring(0).xenblkd().phase());
        assertEquals(Verdict.HOLDS, verdict(Driver.UPSTREAM, Toolstack.XEND31, Disk.HUNG, PropertyId.XENWATCH_PROGRESS));
    }

    @Test
    void theUnpatchedDriverNeverHoldsXenwatch() {
        assertEquals(Verdict.HOLDS, verdict(Driver.UNPATCHED, Toolstack.XEND31, Disk.HUNG, PropertyId.XENWATCH_PROGRESS));
        // What the patch adds is exactly the wait that hangs: on the same disk it holds xenwatch.
        TeardownState end = counterexample(Driver.PATCHED, Toolstack.XEND31, Disk.HUNG, PropertyId.XENWATCH_PROGRESS).last();
        assertEquals(Frame.WaitsFor.THREAD_SIGNAL, end.xenwatch().waitsFor());
    }

    @Test
    void aClosePathThatNeedsXenwatchMutexIsATrueDeadlockWithThePatch() {
        Path<TeardownState, Step> trace = counterexample(Driver.PATCHED, Toolstack.XEND31, Disk.HEALTHY, PropertyId.NO_DEADLOCK,
                Hazard.CLOSE_UNREGISTERS_WATCH);
        TeardownState end = trace.last();
        assertEquals(Frame.WaitsFor.THREAD_SIGNAL, end.xenwatch().waitsFor(), "xenwatch waits for xenblkd");
        assertEquals(Kthread.Phase.UNREGISTERING_WATCH, end.vbd(0).ring(0).xenblkd().phase(), "xenblkd waits for xenwatch_mutex");
        // The same close path is harmless without the patch's wait.
        assertEquals(Verdict.HOLDS, verdict(Driver.UNPATCHED, Toolstack.XEND31, Disk.HEALTHY, PropertyId.NO_DEADLOCK,
                Hazard.CLOSE_UNREGISTERS_WATCH));
    }

    @Test
    void aSelfStopDeadlocksOnlyWithThePatchWhichKeepsXenblkdSet() {
        TeardownState end = counterexample(Driver.PATCHED, Toolstack.XEND31, Disk.HEALTHY, PropertyId.NO_DEADLOCK, Hazard.SELF_STOP).last();
        assertEquals(Kthread.Phase.STOPPING_ITSELF, end.vbd(0).ring(0).xenblkd().phase());
        assertEquals(Verdict.HOLDS, verdict(Driver.UNPATCHED, Toolstack.XEND31, Disk.HEALTHY, PropertyId.NO_DEADLOCK, Hazard.SELF_STOP));
    }

    @Test
    void aLostWakeUpLeavesThePatchedXenwatchWaitingForever() {
        TeardownState end = counterexample(Driver.PATCHED, Toolstack.XEND31, Disk.HEALTHY, PropertyId.XENWATCH_PROGRESS,
                Hazard.WAIT_IGNORES_REMOVE_REQUEST).last();
        assertEquals(Frame.WaitsFor.THREAD_SIGNAL, end.xenwatch().waitsFor());
        assertEquals(Kthread.Phase.WAITING_FOR_WORK, end.vbd(0).ring(0).xenblkd().phase());
    }

    @Test
    void holdingDevSemAcrossTheWaitIsHarmlessBecauseTheThreadSignalsFirst() {
        assertEquals(Verdict.HOLDS, verdict(Driver.PATCHED, Toolstack.XEND31, Disk.HEALTHY, PropertyId.NO_DEADLOCK,
                Hazard.DEV_SEM_ACROSS_WAIT));
        assertEquals(Verdict.HOLDS, verdict(Driver.PATCHED, Toolstack.XEND31, Disk.HEALTHY, PropertyId.XENWATCH_PROGRESS,
                Hazard.DEV_SEM_ACROSS_WAIT));
        // A close path that does need xenwatch before it signals is caught by the same two checks.
        assertEquals(Verdict.VIOLATED, verdict(Driver.PATCHED, Toolstack.XEND31, Disk.HEALTHY, PropertyId.NO_DEADLOCK,
                Hazard.CLOSE_UNREGISTERS_WATCH));
        assertEquals(Verdict.VIOLATED, verdict(Driver.PATCHED, Toolstack.XEND31, Disk.HEALTHY, PropertyId.XENWATCH_PROGRESS,
                Hazard.CLOSE_UNREGISTERS_WATCH));
    }

    @Test
    void theOtherDevicesEventWaitsBehindABlockedXenwatchForEver() {
        // Some final state has another device's event still queued behind the patched remove's wait.
        VariantResult r = VariantCheck.run(teardown.model.Configuration.of(Driver.PATCHED, Toolstack.XEND31, Disk.HUNG));
        teardown.checker.StateGraph<TeardownState, teardown.model.Step> g = r.graph();
        boolean stuckBehind = false;
        for (int id = 0; id < g.size(); id++) {
            TeardownState s = g.state(id);
            stuckBehind |= g.edges(id).isEmpty() && s.xenwatch().waitsFor() == Frame.WaitsFor.THREAD_SIGNAL
                    && s.xenwatch().queue().exists(e -> e.event() == teardown.model.xenbus.WatchEvent.OTHER_DEVICE);
        }
        assertTrue(stuckBehind, "the unrelated event is never delivered");
        // With a healthy disk no such state exists: xenwatch always comes back and delivers it.
        VariantResult healthy = VariantCheck.run(teardown.model.Configuration.of(Driver.PATCHED, Toolstack.XEND31, Disk.HEALTHY));
        for (int id = 0; id < healthy.graph().size(); id++) {
            TeardownState s = healthy.graph().state(id);
            assertFalse(healthy.graph().edges(id).isEmpty() && !s.xenwatch().queue().isEmpty(), "an event left undelivered");
        }
    }

    @Test
    void aLeakedReferenceIsAStuckTeardownNotAWait() {
        TeardownState end = counterexample(Driver.UPSTREAM, Toolstack.XEND31, Disk.HEALTHY, PropertyId.NO_DEADLOCK, Hazard.EBUSY_REF_LEAK).last();
        assertTrue(Blockage.describe(Configuration.of(Driver.UPSTREAM, Toolstack.XEND31, Disk.HEALTHY), end).contains("reference leak"));
        assertEquals(1, end.vbd(0).blkif().refcnt());
    }

    @Test
    void withAHungDiskThePatchedMigrationEndsOnlyByXendGivingUp() {
        VariantResult hung = VariantCheck.run(teardown.model.Configuration.of(Driver.PATCHED, Toolstack.XEND31, Disk.HUNG));
        assertEquals(io.vavr.collection.TreeSet.of(MigrationEnd.TARGET_RUNS_AFTER_TIMEOUT), hung.ends());
        VariantResult healthy = VariantCheck.run(teardown.model.Configuration.of(Driver.PATCHED, Toolstack.XEND31, Disk.HEALTHY));
        assertEquals(io.vavr.collection.TreeSet.of(MigrationEnd.TARGET_RUNS), healthy.ends(),
                "on a healthy disk the timeout never fires: something else can always move first");
        // The unpatched driver lets xend see the device gone even with a hung disk: it carries on without a timeout.
        VariantResult unpatched = VariantCheck.run(teardown.model.Configuration.of(Driver.UNPATCHED, Toolstack.XEND31, Disk.HUNG));
        assertTrue(unpatched.ends().contains(MigrationEnd.TARGET_RUNS));
    }

    @Test
    void xendMigrationsCompleteExactlyWhereTheTargetStartsSafely() {
        for (Driver d : List.of(Driver.STOCK, Driver.UNPATCHED, Driver.PATCHED, Driver.UPSTREAM)) {
            for (Toolstack x : List.of(Toolstack.XEND31, Toolstack.XENDPATCHED)) {
                for (Disk k : Disk.values()) {
                    // xend never hangs (30 s timeout, or a poll that waits for nothing) and never aborts, so its only
                    // incorrect end is an unsafe unleash: exactly where no-unleash-before-io-done is violated.
                    assertEquals(verdict(d, x, k, PropertyId.NO_UNLEASH_BEFORE_IO_DONE), verdict(d, x, k, PropertyId.MIGRATION_COMPLETES),
                            d + "/" + x + "/" + k);
                }
            }
        }
        // It is xend's timeout that ends the hung runs: without it the same check finds xend polling for ever.
        Configuration noTimeout = Configuration.of(Driver.PATCHED, Toolstack.XEND31, Disk.HUNG)
                .withMutants(io.vavr.collection.TreeSet.of(Mutant.TIMEOUT_NEVER_FIRES));
        Path<TeardownState, Step> trace = Verdicts.check(noTimeout, PropertyId.MIGRATION_COMPLETES).trace()
                .getOrElseThrow(() -> new AssertionError("migration-completes should be violated without the timeout"));
        assertEquals(teardown.model.toolstack.ToolstackProgress.Phase.POLLING_HOTPLUG_STATUS, trace.last().toolstack().phase());
        assertFalse(trace.last().migrationFinished());
    }
}
