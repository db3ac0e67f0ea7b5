package teardown.model;

import teardown.model.toolstack.Toolstack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import org.junit.jupiter.api.Test;
import teardown.model.xenbus.WatchEvent;
import teardown.model.toolstack.Target;
import teardown.model.toolstack.ToolstackProgress;

/**
 * The paths only a hazard opens (a second remove, a reconnect during remove), the end of a run
 * (a fault is final, when the migration has finished) and the configuration's boundaries, step by
 * step, so a model edit that changes any of them fails here and not only in a verdict count.
 */
class HazardPathsTest {

    private static Configuration config(Driver d, Toolstack x, Hazard... hazards) {
        return Configuration.of(d, x, Disk.HEALTHY).withHazards(TreeSet.of(hazards));
    }

    /** Stock on xend 3.1 with nothing in flight: the first remove runs to device_del and udev's cleanup. */
    private static StepByStep firstRemoveDone(Configuration c) {
        return StepByStep.start(c, 0, 0).take(Actor.TOOLSTACK, "destroyDomain").take(Actor.XENWATCH, "otherend_changed")
                .take(Actor.XENWATCH, "kthread_stop").take(Actor.XENBLKD, "wait_event_interruptible returns")
                .take(Actor.XENBLKD, "blkif_schedule exits").take(Actor.XENWATCH, "kthread_stop returns")
                .take(Actor.XENWATCH, "refcnt == 0").take(Actor.XENWATCH, "device_del")
                .take(Actor.UDEV, "xen-hotplug-cleanup");
    }

    @Test
    void udevsCleanupFiresTheBackendWatchOnlyForADirectoryThatWasStillThere() {
        StepByStep s = firstRemoveDone(config(Driver.STOCK, Toolstack.XEND31));
        assertEquals(List.of(WatchEvent.BACKEND_GONE), s.state.xenwatch().queue().map(e -> e.event()), "xend 3.1 left the directory for udev to remove");
        assertFalse(s.visibility().backendDir());
        // The post's xend deleted the directory itself: udev removes nothing, so no watch fires.
        StepByStep forced = StepByStep.start(config(Driver.UPSTREAM, Toolstack.XENDPATCHED), 0, 0).take(Actor.TOOLSTACK, "force=True")
                .take(Actor.XENWATCH, "backend_changed").take(Actor.XENWATCH, "kthread_stop")
                .take(Actor.XENBLKD, "wait_event_interruptible returns").take(Actor.XENBLKD, "xen_blkif_schedule returns")
                .take(Actor.XENWATCH, "unmaps the ring").take(Actor.XENWATCH, "device_del");
        assertEquals(List.empty(), forced.state.xenwatch().queue(), "the frontend event was dropped with its watch");
        assertEquals(List.empty(), forced.take(Actor.UDEV, "xen-hotplug-cleanup").state.xenwatch().queue());
    }

    @Test
    void aSecondTriggerFindsNothingToDoWithoutTheHazard() {
        StepByStep s = firstRemoveDone(config(Driver.STOCK, Toolstack.XEND31)).take(Actor.XENWATCH, "device already unregistered");
        assertFalse(s.state.faulted());
        assertEquals(1, s.vbd().removes());
        assertTrue(s.state.tornDown() || !s.state.migrationFinished());
    }

    @Test
    void aSecondRemoveOnTheStaleBackendInfoIsAUseAfterFreeAndStopsTheRun() {
        StepByStep s = firstRemoveDone(config(Driver.STOCK, Toolstack.XEND31, Hazard.DOUBLE_REMOVE));
        assertFalse(s.canTake(Actor.XENWATCH, "nothing to do"));
        s = s.take(Actor.XENWATCH, "device_unregister again");
        assertTrue(s.state.faulted(), "the second remove dereferences the freed be");
        assertEquals(List.empty(), s.enabled(), "a faulted state is final: the kernel has oopsed");
    }

    @Test
    void withDoubleRemoveTheFrontendEventSurvivesTheFirstRemove() {
        // The post's xend queues both triggers; without the hazard the first remove drops the second.
        StepByStep plain = StepByStep.start(config(Driver.STOCK, Toolstack.XENDPATCHED), 0, 0).take(Actor.TOOLSTACK, "force=True")
                .take(Actor.XENWATCH, "backend_changed");
        assertEquals(List.empty(), plain.state.xenwatch().queue());
        StepByStep hazard = StepByStep.start(config(Driver.STOCK, Toolstack.XENDPATCHED, Hazard.DOUBLE_REMOVE), 0, 0)
                .take(Actor.TOOLSTACK, "force=True").take(Actor.XENWATCH, "backend_changed");
        assertEquals(List.of(WatchEvent.FRONTEND_GONE), hazard.state.xenwatch().queue().map(e -> e.event()));
    }

    @Test
    void theFrontendReconnectsOnlyUnderItsHazardOnceTeardownBeganAndBeforeRemove() {
        Configuration c = config(Driver.STOCK, Toolstack.XEND31, Hazard.RECONNECT_DURING_REMOVE);
        StepByStep start = StepByStep.start(c, 0, 1);
        assertFalse(start.canTake(Actor.FRONTEND, "Connected"), "not before the toolstack starts the teardown");
        assertFalse(StepByStep.start(config(Driver.STOCK, Toolstack.XEND31), 0, 1).take(Actor.TOOLSTACK, "destroyDomain")
                .canTake(Actor.FRONTEND, "Connected"), "never without the hazard");
        StepByStep begun = start.take(Actor.TOOLSTACK, "destroyDomain");
        StepByStep connected = begun.take(Actor.FRONTEND, "switches to Connected");
        assertTrue(connected.vbd().frontendReconnected());
        assertEquals(List.of(WatchEvent.FRONTEND_GONE, WatchEvent.FRONTEND_CONNECTED), connected.state.xenwatch().queue().map(e -> e.event()));
        assertFalse(connected.canTake(Actor.FRONTEND, "Connected"), "once only");
        // Removal frees the otherend watch, which drops the queued Connected event.
        StepByStep removing = connected.take(Actor.XENWATCH, "otherend_changed");
        assertEquals(List.empty(), removing.state.xenwatch().queue());
        assertFalse(begun.take(Actor.XENWATCH, "otherend_changed").canTake(Actor.FRONTEND, "Connected"),
                "after remove started the otherend watch is gone");
    }

    @Test
    void sinceXsa349TheFrontendStateWatchQueuesNoSecondEvent() {
        // Today's xenbus drops the reconnect's event while the directory's removal is still pending; 5.10's queued it.
        StepByStep today = StepByStep.start(config(Driver.UPSTREAM, Toolstack.XEND31, Hazard.RECONNECT_DURING_REMOVE), 0, 1)
                .take(Actor.TOOLSTACK, "destroyDomain").take(Actor.FRONTEND, "Connected");
        assertEquals(List.of(WatchEvent.FRONTEND_GONE), today.state.xenwatch().queue().map(e -> e.event()));
        StepByStep before = StepByStep.start(config(History.LINUX_5_10, Toolstack.XEND31, Hazard.RECONNECT_DURING_REMOVE), 0, 1)
                .take(Actor.TOOLSTACK, "destroyDomain").take(Actor.FRONTEND, "Connected");
        assertEquals(List.of(WatchEvent.FRONTEND_GONE, WatchEvent.FRONTEND_CONNECTED), before.state.xenwatch().queue().map(e -> e.event()));
    }

    @Test
    void underDoubleRemoveAQueuedReconnectReadsTheGoneFrontendAndRemovesAgain() {
        // The callback reads the frontend's state when it runs: by then the directory is gone, so it reads Unknown.
        Configuration vendor = config(Driver.PATCHED, Toolstack.XEND31, Hazard.RECONNECT_DURING_REMOVE, Hazard.DOUBLE_REMOVE);
        StepByStep v = StepByStep.start(vendor, 0, 1).take(Actor.TOOLSTACK, "destroyDomain").take(Actor.FRONTEND, "Connected")
                .take(Actor.XENWATCH, "otherend_changed");
        assertEquals(List.of(WatchEvent.FRONTEND_CONNECTED), v.state.xenwatch().queue().map(e -> e.event()));
    }

    @Test
    void aFaultedStateHasNoSuccessors() {
        Configuration c = Configuration.of(Driver.STOCK, Toolstack.XEND31, Disk.HEALTHY);
        TeardownState s = Teardown.initial(c, 1, 1);
        assertFalse(Teardown.successors(c, s).isEmpty());
        TeardownState oops = s.withFault("test");
        assertTrue(oops.faulted());
        assertEquals(List.empty(), Teardown.successors(c, oops));
        assertEquals("test", oops.withFault("later").fault().get(), "the first fault is the one reported");
    }

    @Test
    void theMigrationHasFinishedOnlyWhenXendIsDoneAndTheTargetRuns() {
        Configuration c = Configuration.of(Driver.STOCK, Toolstack.XEND31, Disk.HUNG);
        TeardownState s = Teardown.initial(c, 0, 1);
        assertFalse(s.migrationFinished());
        assertFalse(s.with(ToolstackProgress.stateSent().withPhase(ToolstackProgress.Phase.DONE)).migrationFinished(), "the target does not run yet");
        assertFalse(s.with(Target.RUNNING).migrationFinished(), "xend has not finished");
        assertTrue(s.with(ToolstackProgress.stateSent().withPhase(ToolstackProgress.Phase.DONE)).with(Target.RUNNING).migrationFinished());
        assertFalse(s.tornDown());
    }

    @Test
    void zeroRequestsIsOneInitialStateAndANegativeCountIsRefused() {
        Configuration none = Configuration.of(Driver.PATCHED, Toolstack.XEND31, Disk.HEALTHY).withRequests(0);
        assertEquals(0, none.requests());
        List<TeardownState> initial = Teardown.initialStates(none);
        assertEquals(1, initial.size());
        assertTrue(initial.head().ioDone(Driver.PATCHED));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> none.withRequests(-1));
        assertEquals("requests must be 0 or more, was -1", e.getMessage());
    }

    @Test
    void aConfigurationCarriesItsHazardsAndMutantsThroughEveryCopy() {
        Configuration c = Configuration.of(Driver.PATCHED, Toolstack.XEND31, Disk.HEALTHY)
                .withHazards(TreeSet.of(Hazard.SELF_STOP)).withMutants(TreeSet.of(Mutant.PATCH_WITHOUT_WAIT)).withRequests(3);
        assertTrue(c.has(Hazard.SELF_STOP) && c.has(Mutant.PATCH_WITHOUT_WAIT) && !c.has(Mutant.WAKE_BEFORE_DRAIN));
        assertEquals(3, c.requests());
        assertEquals("patched/xend31/healthy+self-stop mutant patch-without-wait", c.label());
        assertEquals(c, c.withHazards(c.hazards()));
        assertEquals("stock/xend31/hung", Configuration.of(Driver.STOCK, Toolstack.XEND31, Disk.HUNG).label());
        assertTrue(Mutant.PATCH_WITHOUT_WAIT.appliesTo(Driver.PATCHED) && !Mutant.PATCH_WITHOUT_WAIT.appliesTo(Driver.STOCK));
        assertEquals("patch-without-wait", Mutant.PATCH_WITHOUT_WAIT.id());
    }
}
