package teardown.model;

import teardown.model.kernel.Frame;
import teardown.model.toolstack.Toolstack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import teardown.model.blkback.Kthread;
import teardown.model.xenbus.Xenwatch;

/** The driver steps one by one against docs/model/drivers.md#drivers (and the source it cites). */
class BlkbackStepsTest {

    private static Configuration config(Driver d) {
        return Configuration.of(d, Toolstack.XEND31, Disk.HEALTHY);
    }

    /** Brings xenwatch into the driver's remove: xend deletes the frontend, xenwatch delivers the event. */
    private static StepByStep removeStarted(Driver d, int onRing, int inFlight) {
        return StepByStep.start(config(d), onRing, inFlight)
                .take(Actor.TOOLSTACK, "destroyDomain")
                .take(Actor.XENWATCH, "otherend_changed");
    }

    @Test
    void initialReferenceCountsFollowEachDriver() {
        // docs/model/drivers.md#stock: stock xenblkd holds one blkif reference; every submitted request holds one more.
        assertEquals(1 + 1 + 2, Teardown.initial(config(Driver.STOCK), 1, 2).vbd(0).blkif().refcnt());
        // #unpatched: the vendor thread holds a be reference instead; #upstream: upstream's thread holds none.
        assertEquals(1 + 2, Teardown.initial(config(Driver.UNPATCHED), 1, 2).vbd(0).blkif().refcnt());
        assertEquals(2, Teardown.initial(config(Driver.PATCHED), 1, 2).vbd(0).be().refcnt());
        assertEquals(1 + 2, Teardown.initial(config(Driver.UPSTREAM), 1, 2).vbd(0).blkif().refcnt());
        assertEquals(4, Teardown.initialStates(config(Driver.STOCK).withRequests(3)).size(), "one initial state per ring/disk split");
    }

    @Test
    void stockRemoveBlocksXenwatchUntilEveryRequestCompleted() {
        StepByStep s = removeStarted(Driver.STOCK, 0, 2)
                .take(Actor.XENWATCH, "kthread_stop")
                .take(Actor.XENBLKD, "wait_event_interruptible returns")
                .take(Actor.XENBLKD, "blkif_schedule exits")
                .take(Actor.XENWATCH, "kthread_stop returns");
        assertEquals(Frame.WaitsFor.IN_FLIGHT, s.state.xenwatch().waitsFor());
        assertFalse(s.canTake(Actor.XENWATCH, "refcnt == 0"), "the drain must wait while requests are in flight");
        s = s.take(Actor.DISK, "end_block_io_op");
        assertFalse(s.canTake(Actor.XENWATCH, "refcnt == 0"));
        s = s.take(Actor.DISK, "end_block_io_op").take(Actor.XENWATCH, "refcnt == 0");
        assertTrue(s.blkif().freed() && s.be().freed());
        assertTrue(s.visibility().sysfsDevice(), "sysfs goes only after remove returned");
        s = s.take(Actor.XENWATCH, "device_del");
        assertFalse(s.visibility().sysfsDevice());
    }

    @Test
    void stockThreadStillEmptiesTheRingAfterKthreadStop() {
        // 2.6.18-era do_block_io_op does not check kthread_should_stop per request.
        StepByStep s = removeStarted(Driver.STOCK, 2, 0).take(Actor.XENWATCH, "kthread_stop")
                .take(Actor.XENBLKD, "wait_event_interruptible returns");
        assertTrue(s.xenblkd().shouldStop());
        s = s.take(Actor.XENBLKD, "submit_bio").take(Actor.XENBLKD, "submit_bio");
        assertEquals(2, s.requests().inFlight());
    }

    @Test
    void upstreamThreadStopsConsumingOnceStopped() {
        StepByStep s = removeStarted(Driver.UPSTREAM, 2, 0).take(Actor.XENWATCH, "kthread_stop")
                .take(Actor.XENBLKD, "wait_event_interruptible returns");
        assertFalse(s.canTake(Actor.XENBLKD, "submit_bio"));
        assertTrue(s.state.ioDone(Driver.UPSTREAM), "abandoned ring requests are re-issued by the target, not written here");
    }

    @Test
    void unpatchedRemoveReturnsWhileTheThreadStillHoldsItsReference() {
        StepByStep s = removeStarted(Driver.UNPATCHED, 0, 1).take(Actor.XENWATCH, "kthread_remove");
        assertTrue(s.xenblkd().removeRequested());
        assertFalse(s.ring().xenblkdSet(), "the unpatched kthread_remove forgets the thread at once");
        s = s.take(Actor.XENWATCH, "down(blkback_dev_sem)").take(Actor.XENWATCH, "not the last reference")
                .take(Actor.XENWATCH, "device_del");
        assertFalse(s.visibility().sysfsDevice());
        assertEquals(1, s.requests().inFlight(), "the device left sysfs with a request still in flight");
    }

    @Test
    void patchedRemoveWaitsForTheThreadToSignal() {
        StepByStep s = removeStarted(Driver.PATCHED, 0, 1).take(Actor.XENWATCH, "kthread_remove");
        assertTrue(s.ring().xenblkdSet(), "the patch leaves xenblkd for blkback_close to clear");
        assertEquals(Frame.WaitsFor.THREAD_SIGNAL, s.state.xenwatch().waitsFor());
        assertFalse(s.canTake(Actor.XENWATCH, "wait_event"));
        s = s.take(Actor.XENBLKD, "wait_event_interruptible returns").take(Actor.XENBLKD, "leave the loop");
        assertEquals(Kthread.Phase.DRAINING, s.xenblkd().phase());
        assertFalse(s.canTake(Actor.XENBLKD, "refcnt == 0"));
        s = s.take(Actor.DISK, "end_block_io_op").take(Actor.XENBLKD, "refcnt == 0").take(Actor.XENBLKD, "vbd_sync");
        assertFalse(s.canTake(Actor.XENWATCH, "wait_event"), "xenwatch wakes only after the signal");
        s = s.take(Actor.XENBLKD, "wake_up(be->wq)").take(Actor.XENWATCH, "wait_event");
        assertTrue(s.state.ioDone(Driver.PATCHED));
    }

    @Test
    void vendorThreadWritesShutdownDoneOnlyWhileBeDevIsSet() {
        // Thread wins the race for blkback_dev_sem: be->dev still set, shutdown-done written.
        StepByStep s = removeStarted(Driver.PATCHED, 0, 0).take(Actor.XENWATCH, "kthread_remove")
                .take(Actor.XENBLKD, "wait_event_interruptible returns").take(Actor.XENBLKD, "leave the loop")
                .take(Actor.XENBLKD, "refcnt == 0").take(Actor.XENBLKD, "vbd_sync").take(Actor.XENBLKD, "wake_up");
        StepByStep threadFirst = s.take(Actor.XENBLKD, "write shutdown-done");
        assertTrue(threadFirst.visibility().shutdownDone());
        // xenwatch wins it: remove cleared be->dev, so nothing is written.
        StepByStep xenwatchFirst = s.take(Actor.XENWATCH, "wait_event").take(Actor.XENWATCH, "down(blkback_dev_sem)")
                .take(Actor.XENBLKD, "be->dev cleared");
        assertFalse(xenwatchFirst.visibility().shutdownDone());
    }

    @Test
    void waitIgnoringRemoveRequestLosesTheWakeUp() {
        Configuration c = config(Driver.PATCHED).withHazards(io.vavr.collection.TreeSet.of(Hazard.WAIT_IGNORES_REMOVE_REQUEST));
        StepByStep s = StepByStep.start(c, 0, 0).take(Actor.TOOLSTACK, "destroyDomain").take(Actor.XENWATCH, "otherend_changed")
                .take(Actor.XENWATCH, "kthread_remove");
        assertFalse(s.canTake(Actor.XENBLKD, "wait_event_interruptible returns"), "the thread sleeps on");
        assertFalse(s.canTake(Actor.XENWATCH, "wait_event"));
    }

    @Test
    void upstreamRemoveLeavesTheRingMappedWhileRequestsAreInFlight() {
        StepByStep s = removeStarted(Driver.UPSTREAM, 0, 1).take(Actor.XENWATCH, "kthread_stop")
                .take(Actor.XENBLKD, "wait_event_interruptible returns").take(Actor.XENBLKD, "xen_blkif_schedule returns")
                .take(Actor.XENWATCH, "-EBUSY");
        assertTrue(s.ring().mapped());
        assertFalse(s.blkif().freeScheduled());
        s = s.take(Actor.DISK, "end_block_io_op");
        assertTrue(s.blkif().freeScheduled(), "the last reference schedules the deferred free");
        s = s.take(Actor.WORKQUEUE, "xen_blkif_deferred_free");
        assertTrue(s.blkif().freed() && !s.state.faulted());
    }

    /** The free's disconnect visits only rings still active: a dangling pointer on a ring remove cleaned is never followed. */
    @Test
    void aDanglingXenblkdIsStoppedAgainOnlyOnARingLeftActive() {
        Configuration c = config(Driver.UPSTREAM).withHazards(io.vavr.collection.TreeSet.of(Hazard.DANGLING_XENBLKD));
        StepByStep clean = StepByStep.start(c, 0, 0).take(Actor.TOOLSTACK, "destroyDomain").take(Actor.XENWATCH, "otherend_changed")
                .take(Actor.XENWATCH, "kthread_stop").take(Actor.XENBLKD, "wait_event_interruptible returns")
                .take(Actor.XENBLKD, "xen_blkif_schedule returns").take(Actor.XENWATCH, "unmaps the ring")
                .take(Actor.WORKQUEUE, "xen_blkif_deferred_free");
        assertFalse(clean.state.faulted(), "remove cleaned the ring, so the free skips it");
        StepByStep busy = StepByStep.start(c, 0, 1).take(Actor.TOOLSTACK, "destroyDomain").take(Actor.XENWATCH, "otherend_changed")
                .take(Actor.XENWATCH, "kthread_stop").take(Actor.XENBLKD, "wait_event_interruptible returns")
                .take(Actor.XENBLKD, "xen_blkif_schedule returns").take(Actor.XENWATCH, "-EBUSY")
                .take(Actor.DISK, "end_block_io_op").take(Actor.WORKQUEUE, "xen_blkif_deferred_free");
        assertTrue(busy.state.faulted(), "the ring left busy is still active, and its dangling xenblkd is stopped a second time");
    }
}
