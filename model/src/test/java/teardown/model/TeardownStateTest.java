package teardown.model;

import teardown.model.toolstack.Toolstack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import teardown.model.blkback.BackendInfo;
import teardown.model.blkback.Blkif;
import teardown.model.blkback.DevSem;
import teardown.model.blkback.Kthread;
import teardown.model.blkback.Requests;
import teardown.model.bystander.Bystander;
import teardown.model.hotplug.Visibility;
import teardown.model.xenbus.Environment;
import teardown.model.xenbus.WatchEvent;
import teardown.model.xenbus.Xenwatch;
import teardown.model.toolstack.Target;
import teardown.model.toolstack.ToolstackProgress;

/** What the properties observe of a state, one condition at a time. */
class TeardownStateTest {

    private static final Configuration C = Configuration.of(Driver.STOCK, Toolstack.XEND31, Disk.HEALTHY);
    private static final Configuration TWO = C.withDisks(List.of(Disk.HEALTHY, Disk.HUNG));

    /** Device 0's part of a state where everything is over: the properties' "torn down". */
    private static DeviceView released(DeviceView v) {
        return v.with(new Kthread(Kthread.Phase.REAPED, true, false))
                .with(Blkif.connected(0).free())
                .with(new BackendInfo(0, false, true))
                .with(Visibility.connected().deviceDeleted().backendDirRemoved().ueventHandled());
    }

    private static TeardownState done(Configuration c) {
        TeardownState s = Teardown.initial(c, 0, 0).with(ToolstackProgress.stateSent().withPhase(ToolstackProgress.Phase.DONE)).with(Target.RUNNING);
        for (int i = 0; i < c.devices(); i++) {
            s = released(s.view(i)).whole();
        }
        return s;
    }

    @Test
    void aRingRequestCanStillBeSubmittedOnlyFromTheLoop() {
        DeviceView s = Teardown.initial(C, 1, 0).view(0);
        assertTrue(s.canStillSubmit(Driver.STOCK));
        assertFalse(s.vbd().ioDone(Driver.STOCK));
        assertFalse(Teardown.initial(C, 0, 0).view(0).canStillSubmit(Driver.STOCK), "an empty ring");
        assertTrue(Teardown.initial(C, 0, 0).ioDone(Driver.STOCK));
        assertFalse(Teardown.initial(C, 0, 1).ioDone(Driver.STOCK), "a request in flight");
        assertFalse(s.with(s.xenblkd().withPhase(Kthread.Phase.DRAINING)).canStillSubmit(Driver.STOCK), "out of the loop");
        assertTrue(s.with(s.xenblkd().withPhase(Kthread.Phase.DISPATCHING)).canStillSubmit(Driver.STOCK));
        DeviceView stopped = s.with(s.xenblkd().withShouldStop(true));
        assertTrue(stopped.canStillSubmit(Driver.STOCK), "the 2.6.18 loop empties the ring once more");
        assertFalse(stopped.canStillSubmit(Driver.UPSTREAM), "upstream stops consuming at once");
        assertTrue(s.canStillSubmit(Driver.UPSTREAM));
    }

    @Test
    void theEvidenceIsTheBackendsOwnFootprint() {
        DeviceView s = Teardown.initial(C, 0, 1).view(0);
        assertFalse(s.vbd().evidenceSaysGone());
        assertTrue(s.with(s.visibility().deviceDeleted()).vbd().evidenceSaysGone(), "sysfs device removed");
        assertTrue(s.with(s.visibility().backendDirRemoved()).vbd().evidenceSaysGone(), "directory removed by the cleanup");
        assertFalse(s.with(s.visibility().backendDirDeletedByToolstack()).vbd().evidenceSaysGone(), "xend deleted it itself");
        assertTrue(s.with(s.visibility().backendDirDeletedByToolstack().shutdownDoneWritten()).vbd().evidenceSaysGone(), "shutdown-done");
        assertTrue(s.with(s.visibility().shutdownDoneWritten()).vbd().evidenceSaysGone());
    }

    @Test
    void tornDownNeedsEveryPieceReleased() {
        TeardownState d = done(C);
        DeviceView v = d.view(0);
        assertTrue(d.tornDown());
        assertFalse(d.with(Target.STREAM_ENDED).tornDown(), "the target does not run");
        assertFalse(d.with(Xenwatch.idle().at(io.vavr.collection.List.of(teardown.model.kernel.Frame.nextStep("device_del")), 0)).tornDown(), "xenwatch still in a callback");
        assertFalse(d.with(Xenwatch.idle().enqueue(WatchEvent.OTHER_DEVICE, 0)).tornDown(), "an event still queued");
        assertFalse(v.with(Kthread.running()).whole().tornDown(), "xenblkd still runs");
        assertFalse(v.with(Blkif.connected(0)).whole().tornDown(), "the blkif is not freed");
        assertFalse(v.with(new BackendInfo(0, false, false)).whole().tornDown(), "be is not freed");
        assertFalse(v.with(v.visibility().deviceDeleted()).whole().tornDown(), "the remove uevent is still pending");
        assertTrue(v.with(Visibility.connected()).whole().tornDown(), "a uevent never sent is not pending");
    }

    @Test
    void withSeveralDevicesEveryOneMustBeDoneAndReleased() {
        TeardownState d = done(TWO);
        assertTrue(d.tornDown());
        assertFalse(d.view(1).with(Kthread.running()).whole().tornDown(), "the second device's xenblkd still runs");
        assertTrue(d.view(0).with(new Requests(0, 1, 1)).whole().vbd(1).ioDone(Driver.STOCK), "each device has its own requests");
        assertFalse(d.view(0).with(new Requests(0, 1, 1)).whole().ioDone(Driver.STOCK), "the state's I/O is done only when every device's is");
        TeardownState closing = d.withEveryVisibility(Visibility::closing);
        assertTrue(closing.views().forAll(v -> v.visibility().equals(d.vbd(v.index()).visibility().closing())));
    }

    @Test
    void eachWithReplacesOneFieldOnly() {
        DeviceView s = Teardown.initial(C, 1, 1).view(0);
        assertEquals(new Requests(0, 0, 0), s.with(new Requests(0, 0, 0)).requests());
        assertEquals(DevSem.HELD_BY_XENWATCH, s.with(DevSem.HELD_BY_XENWATCH).devSem());
        assertEquals(new Environment(true), s.whole().with(new Environment(true)).environment());
        DeviceView all = s.with(DevSem.HELD_BY_XENWATCH).with(Target.STREAM_ENDED)
                .with(new Requests(0, 2, 0)).with(Kthread.running().withShouldStop(true))
                .with(Blkif.connected(9)).with(new BackendInfo(5, true, false))
                .with(Xenwatch.idle().enqueue(WatchEvent.OTHER_DEVICE, 0)).with(Visibility.connected().deviceDeleted())
                .with(ToolstackProgress.stateSent().withPhase(ToolstackProgress.Phase.DONE)).removeStarted().reconnected();
        assertEquals(DevSem.HELD_BY_XENWATCH, all.devSem());
        assertEquals(Environment.quiet(), all.environment());
        assertEquals(Target.STREAM_ENDED, all.target());
        assertEquals(new Requests(0, 2, 0), all.requests());
        assertTrue(all.xenblkd().shouldStop());
        assertEquals(9, all.blkif().refcnt());
        assertEquals(5, all.be().refcnt());
        assertEquals(1, all.xenwatch().queue().size());
        assertFalse(all.visibility().sysfsDevice());
        assertEquals(ToolstackProgress.Phase.DONE, all.toolstack().phase());
        assertEquals(1, all.vbd().removes());
        assertTrue(all.vbd().frontendReconnected());
        assertFalse(all.whole().faulted());
    }

    @Test
    void initialStatesSplitTheRequestsEveryWay() {
        var initial = Teardown.initialStates(C.withRequests(3));
        assertEquals(4, initial.size());
        for (int onRing = 0; onRing <= 3; onRing++) {
            assertEquals(new Requests(onRing, 3 - onRing, 0), initial.get(onRing).vbd(0).ring(0).requests());
        }
        assertTrue(initial.forAll(s -> s.target() == Target.WAITING_FOR_STREAM && !s.faulted() && s.devSem() == DevSem.FREE));
    }

    @Test
    void initialStatesSplitEachDevicesRequestsIndependently() {
        var initial = Teardown.initialStates(TWO.withBystanders(2));
        assertEquals(9, initial.size(), "three splits of two requests on each of two devices");
        assertEquals(9, initial.map(s -> List.of(s.vbd(0).ring(0).requests(), s.vbd(1).ring(0).requests())).distinct().size());
        assertTrue(initial.forAll(s -> s.bystanders().equals(io.vavr.collection.Array.of(Bystander.QUIET, Bystander.QUIET))));
    }
}
