package teardown.model;

import teardown.model.toolstack.Toolstack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import teardown.model.guest.Frontend;
import teardown.model.xenbus.XenbusState;
import teardown.model.toolstack.Target;
import teardown.model.toolstack.ToolstackProgress;

/** The steps of today's toolstacks, drivers and frontends, each against the source it cites. */
class TodaysStacksStepsTest {

    @Test
    void xlLetsTheTargetGoBeforeAnyBackendIsAskedToClose() {
        StepByStep s = StepByStep.start(Configuration.of(Driver.UPSTREAM, Toolstack.XL, Disk.HEALTHY), 0, 1)
                .take(Actor.TOOLSTACK, "permission to go");
        assertEquals(Target.STREAM_ENDED, s.state.target());
        assertTrue(s.visibility().frontendDir(), "the source's vbd is untouched");
        assertFalse(s.canTake(Actor.TOOLSTACK, "libxl_domain_destroy"), "destroy waits for the receiver's report");
        s = s.take(Actor.TARGET, "unpause the target").take(Actor.TOOLSTACK, "libxl_domain_destroy");
        assertEquals(XenbusState.CLOSING, s.visibility().backendState());
        assertFalse(s.visibility().frontendDir());
        assertEquals(ToolstackProgress.Phase.WAITING_FOR_CLOSED, s.state.toolstack().phase());
    }

    @Test
    void upstreamWritesClosedAfterRemoveWhileABioIsStillInFlight() {
        StepByStep s = StepByStep.start(Configuration.of(Driver.UPSTREAM, Toolstack.XL, Disk.HEALTHY), 0, 1)
                .take(Actor.TOOLSTACK, "permission to go").take(Actor.TARGET, "unpause")
                .take(Actor.TOOLSTACK, "libxl_domain_destroy");
        s = upstreamRemoveStopsTheThread(s).take(Actor.XENWATCH, "-EBUSY").take(Actor.XENWATCH, "state Closed");
        assertTrue(s.vbd().backendClosed());
        assertEquals(1, s.requests().inFlight(), "Closed while the bio is in flight");
    }

    @Test
    void withoutClosingTodaysCoreWritesNoClosed() {
        StepByStep s = StepByStep.start(Configuration.of(Driver.UPSTREAM, Toolstack.XENOPSD_CLASSIC, Disk.HEALTHY), 0, 0)
                .take(Actor.TOOLSTACK, "classic");
        s = upstreamRemoveStopsTheThread(s).take(Actor.XENWATCH, "unmaps the ring").take(Actor.XENWATCH, "device_del");
        assertEquals(XenbusState.CONNECTED, s.visibility().backendState());
        s = s.take(Actor.UDEV, "hotplug key");
        assertTrue(s.canTake(Actor.TOOLSTACK, "hotplug key gone"), "xenopsd reads the hotplug key's removal instead");
    }

    @Test
    void aFreebsdGuestDrainsBeforeTheSuspendGoesAhead() {
        Configuration c = Configuration.of(Driver.UPSTREAM, Toolstack.XL, Disk.HEALTHY).withFrontend(Frontend.FREEBSD);
        StepByStep s = StepByStep.start(c, 0, 1);
        assertEquals(ToolstackProgress.Phase.GUEST_SUSPENDING, s.state.toolstack().phase());
        assertFalse(s.canTake(Actor.GUEST, "every request answered"));
        assertFalse(s.canTake(Actor.GUEST, "30 s"), "a healthy disk drains before 30 s run out");
        s = s.take(Actor.DISK, "end_block_io_op").take(Actor.GUEST, "every request answered");
        assertEquals(ToolstackProgress.Phase.STATE_SENT, s.state.toolstack().phase());
    }

    @Test
    void aFreebsdGuestOnAHungDiskCancelsTheSuspendAndKeepsRunning() {
        Configuration c = Configuration.of(Driver.UPSTREAM, Toolstack.XL, Disk.HUNG).withFrontend(Frontend.FREEBSD);
        StepByStep s = StepByStep.start(c, 0, 1).take(Actor.GUEST, "suspend cancelled");
        assertTrue(s.state.migrationAborted());
        assertTrue(s.state.sourceKeptRunning());
        assertTrue(Teardown.successors(c, s.state).forAll(x -> x.step().actor() == Actor.OTHER_DEVICE));
    }

    @Test
    void theTargetsLaterWriteMakesALateSourceCompletionALostUpdate() {
        StepByStep s = StepByStep.start(Configuration.of(Driver.UPSTREAM, Toolstack.XL, Disk.HEALTHY), 0, 1)
                .take(Actor.TOOLSTACK, "permission to go").take(Actor.TARGET, "unpause")
                .take(Actor.TARGET, "writes again");
        assertTrue(s.history().ranBeforeSourceIoDone());
        assertFalse(s.history().lostUpdate());
        s = s.take(Actor.DISK, "end_block_io_op");
        assertTrue(s.history().lostUpdate());
    }

    @Test
    void theProposedDriverWritesClosedOnlyOnceDrained() {
        StepByStep s = StepByStep.start(Configuration.of(Driver.PROPOSED, Toolstack.PROPOSED, Disk.HEALTHY), 0, 1)
                .take(Actor.TOOLSTACK, "drain request").take(Actor.XENWATCH, "drain request watch");
        assertFalse(s.state.xenwatch().inCallback(), "xenwatch does not wait");
        s = s.take(Actor.XENBLKD, "wait_event_interruptible").take(Actor.XENBLKD, "exits");
        assertFalse(s.canTake(Actor.WORKQUEUE, "write state Closed"), "a bio is still in flight");
        assertFalse(s.vbd().backendClosed());
        s = s.take(Actor.DISK, "end_block_io_op").take(Actor.WORKQUEUE, "write state Closed");
        assertTrue(s.vbd().backendClosed() && s.state.ioDone(Driver.PROPOSED));
        assertTrue(s.visibility().sysfsDevice(), "the device stays registered until the toolstack removes it");
    }

    /** The frontend-gone event runs xen_blkbk_remove, whose kthread_stop lets xenblkd leave its loop. */
    private static StepByStep upstreamRemoveStopsTheThread(StepByStep s) {
        return s.take(Actor.XENWATCH, "otherend_changed").take(Actor.XENWATCH, "kthread_stop(xenblkd)")
                .take(Actor.XENBLKD, "wait_event_interruptible").take(Actor.XENBLKD, "xen_blkif_schedule returns");
    }
}
