package teardown.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import teardown.model.blkback.BackendInfo;
import teardown.model.blkback.Blkif;
import teardown.model.blkback.DevSem;
import teardown.model.blkback.Kthread;
import teardown.model.blkback.Requests;
import teardown.model.hotplug.Visibility;
import teardown.model.xenbus.Environment;
import teardown.model.xenbus.WatchEvent;
import teardown.model.xenbus.Xenwatch;
import teardown.model.xend.Target;
import teardown.model.xend.Toolstack;

/** What the properties observe of a state, one condition at a time. */
class TeardownStateTest {

    private static final Configuration C = Configuration.of(Driver.STOCK, Xend.XEND31, Disk.HEALTHY);

    /** A state where everything is over: the properties' "torn down". */
    private static TeardownState done() {
        return Teardown.initial(C, 0, 0)
                .with(new Kthread(Kthread.Phase.EXITED, true, false))
                .with(new Blkif(0, false, false, true, false))
                .with(new BackendInfo(0, false, true))
                .with(Visibility.connected().deviceDeleted().backendDirRemoved().ueventHandled())
                .with(Toolstack.stateSent().withPhase(Toolstack.Phase.DONE))
                .with(Target.RUNNING);
    }

    @Test
    void aRingRequestCanStillBeSubmittedOnlyFromTheLoop() {
        TeardownState s = Teardown.initial(C, 1, 0);
        assertTrue(s.canStillSubmit(Driver.STOCK));
        assertFalse(s.ioDone(Driver.STOCK));
        assertFalse(Teardown.initial(C, 0, 0).canStillSubmit(Driver.STOCK), "an empty ring");
        assertTrue(Teardown.initial(C, 0, 0).ioDone(Driver.STOCK));
        assertFalse(Teardown.initial(C, 0, 1).ioDone(Driver.STOCK), "a request in flight");
        assertFalse(s.with(s.xenblkd().withPhase(Kthread.Phase.DRAINING)).canStillSubmit(Driver.STOCK), "out of the loop");
        assertTrue(s.with(s.xenblkd().withPhase(Kthread.Phase.DISPATCHING)).canStillSubmit(Driver.STOCK));
        TeardownState stopped = s.with(s.xenblkd().withShouldStop(true));
        assertTrue(stopped.canStillSubmit(Driver.STOCK), "the 2.6.18 loop empties the ring once more");
        assertFalse(stopped.canStillSubmit(Driver.UPSTREAM), "upstream stops consuming at once");
        assertTrue(s.canStillSubmit(Driver.UPSTREAM));
    }

    @Test
    void theEvidenceIsTheBackendsOwnFootprint() {
        TeardownState s = Teardown.initial(C, 0, 1);
        assertFalse(s.evidenceSaysGone());
        assertTrue(s.with(s.visibility().deviceDeleted()).evidenceSaysGone(), "sysfs device removed");
        assertTrue(s.with(s.visibility().backendDirRemoved()).evidenceSaysGone(), "directory removed by the cleanup");
        assertFalse(s.with(s.visibility().backendDirDeletedByToolstack()).evidenceSaysGone(), "xend deleted it itself");
        assertTrue(s.with(s.visibility().backendDirDeletedByToolstack().shutdownDoneWritten()).evidenceSaysGone(), "shutdown-done");
        assertTrue(s.with(s.visibility().shutdownDoneWritten()).evidenceSaysGone());
    }

    @Test
    void tornDownNeedsEveryPieceReleased() {
        TeardownState d = done();
        assertTrue(d.tornDown());
        assertFalse(d.with(Target.STREAM_ENDED).tornDown(), "the target does not run");
        assertFalse(d.with(Xenwatch.idle().withPhase(Xenwatch.Phase.DEVICE_DEL)).tornDown(), "xenwatch still in a callback");
        assertFalse(d.with(Xenwatch.idle().enqueue(WatchEvent.OTHER_DEVICE)).tornDown(), "an event still queued");
        assertFalse(d.with(Kthread.running()).tornDown(), "xenblkd still runs");
        assertFalse(d.with(new Blkif(0, false, false, false, false)).tornDown(), "the blkif is not freed");
        assertFalse(d.with(new BackendInfo(0, false, false)).tornDown(), "be is not freed");
        assertFalse(d.with(d.visibility().deviceDeleted()).tornDown(), "the remove uevent is still pending");
        assertTrue(d.with(Visibility.connected()).tornDown(), "a uevent never sent is not pending");
    }

    @Test
    void eachWithReplacesOneFieldOnly() {
        TeardownState s = Teardown.initial(C, 1, 1);
        assertEquals(new Requests(0, 0, 0), s.with(new Requests(0, 0, 0)).requests());
        assertEquals(DevSem.HELD_BY_XENWATCH, s.with(DevSem.HELD_BY_XENWATCH).devSem());
        assertEquals(new Environment(true, true), s.with(new Environment(true, true)).environment());
        TeardownState all = s.with(DevSem.HELD_BY_XENWATCH).with(new Environment(true, false)).with(Target.STREAM_ENDED)
                .with(new Requests(0, 2, 0)).with(Kthread.running().withShouldStop(true))
                .with(new Blkif(9, false, true, false, false)).with(new BackendInfo(5, true, false))
                .with(Xenwatch.idle().enqueue(WatchEvent.OTHER_DEVICE)).with(Visibility.connected().deviceDeleted())
                .with(Toolstack.stateSent().withPhase(Toolstack.Phase.DONE));
        assertEquals(DevSem.HELD_BY_XENWATCH, all.devSem());
        assertEquals(new Environment(true, false), all.environment());
        assertEquals(Target.STREAM_ENDED, all.target());
        assertEquals(new Requests(0, 2, 0), all.requests());
        assertTrue(all.xenblkd().shouldStop());
        assertEquals(9, all.blkif().refcnt());
        assertEquals(5, all.be().refcnt());
        assertEquals(1, all.xenwatch().queue().size());
        assertFalse(all.visibility().sysfsDevice());
        assertEquals(Toolstack.Phase.DONE, all.toolstack().phase());
        assertFalse(all.faulted());
    }

    @Test
    void initialStatesSplitTheRequestsEveryWay() {
        var initial = Teardown.initialStates(C.withRequests(3));
        assertEquals(4, initial.size());
        for (int onRing = 0; onRing <= 3; onRing++) {
            assertEquals(new Requests(onRing, 3 - onRing, 0), initial.get(onRing).requests());
        }
        assertTrue(initial.forAll(s -> s.target() == Target.WAITING_FOR_STREAM && !s.faulted() && s.devSem() == DevSem.FREE));
    }
}
