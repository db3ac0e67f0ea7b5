package teardown.model;

import teardown.model.toolstack.Toolstack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import teardown.model.xenbus.WatchEvent;
import teardown.model.toolstack.Target;
import teardown.model.toolstack.ToolstackProgress;

/** The toolstack steps against docs/model/toolstacks.md#toolstacks. */
class XendStepsTest {

    @Test
    void xend31DeletesTheFrontendAndPollsForHotplugStatus() {
        StepByStep s = StepByStep.start(Configuration.of(Driver.STOCK, Toolstack.XEND31, Disk.HEALTHY), 0, 1)
                .take(Actor.TOOLSTACK, "destroyDomain");
        assertFalse(s.visibility().frontendDir());
        assertEquals(List.of(WatchEvent.FRONTEND_GONE), s.state.xenwatch().queue().map(e -> e.event()));
        assertEquals(ToolstackProgress.Phase.POLLING_HOTPLUG_STATUS, s.state.toolstack().phase());
        assertFalse(s.canTake(Actor.TOOLSTACK, "no listed device"), "the backend directory still has hotplug-status");
    }

    @Test
    void healthyDiskTimeoutFiresOnlyWhenNothingElseCanMove() {
        StepByStep s = StepByStep.start(Configuration.of(Driver.STOCK, Toolstack.XEND31, Disk.HEALTHY), 0, 1)
                .take(Actor.TOOLSTACK, "destroyDomain");
        assertFalse(s.canTake(Actor.TOOLSTACK, "30 s timeout"));
        StepByStep slow = StepByStep.start(Configuration.of(Driver.STOCK, Toolstack.XEND31, Disk.SLOW), 0, 1)
                .take(Actor.TOOLSTACK, "destroyDomain");
        assertTrue(slow.canTake(Actor.TOOLSTACK, "30 s timeout"), "a slow disk's completion races the timeout");
    }

    @Test
    void hungDiskTimeoutCarriesOnAndUnleashesTheTarget() {
        StepByStep s = StepByStep.start(Configuration.of(Driver.STOCK, Toolstack.XEND31, Disk.HUNG), 0, 1)
                .take(Actor.TOOLSTACK, "destroyDomain").take(Actor.TOOLSTACK, "30 s timeout")
                .take(Actor.TOOLSTACK, "sock.close").take(Actor.TARGET, "restore completes");
        assertTrue(s.state.toolstack().timedOut());
        assertEquals(Target.RUNNING, s.state.target());
        assertFalse(s.state.ioDone(Driver.STOCK));
    }

    @Test
    void patchedXendRemovesTheBackendDirectoryItPollsAndSoWaitsForNothing() {
        StepByStep s = StepByStep.start(Configuration.of(Driver.PATCHED, Toolstack.XENDPATCHED, Disk.HEALTHY), 0, 1)
                .take(Actor.TOOLSTACK, "force=True");
        assertFalse(s.visibility().backendDir());
        assertEquals(List.of(WatchEvent.BACKEND_GONE, WatchEvent.FRONTEND_GONE), s.state.xenwatch().queue().map(e -> e.event()));
        // The device is no longer listed under the backend root, so the io_done poll ends at once.
        s = s.take(Actor.TOOLSTACK, "io_done=True").take(Actor.TOOLSTACK, "sock.shutdown(2)");
        assertEquals(Target.STREAM_ENDED, s.state.target());
        assertEquals(1, s.requests().inFlight());
    }

    @Test
    void aLateShutdownDoneWriteRecreatesTheDirectoryWithoutHotplugStatus() {
        // Written into a directory that is still there, shutdown-done leaves hotplug-status alone...
        var live = teardown.model.hotplug.Visibility.connected().shutdownDoneWritten();
        assertTrue(live.backendDir() && live.shutdownDone() && live.hotplugStatus());
        // ...but after the post's xend deleted the directory, the write re-creates it bare: no hotplug-status,
        // and no longer "deleted by the toolstack", since the backend's own footprint is back.
        StepByStep s = StepByStep.start(Configuration.of(Driver.PATCHED, Toolstack.XENDPATCHED, Disk.HEALTHY), 0, 0)
                .take(Actor.TOOLSTACK, "force=True").take(Actor.XENWATCH, "backend_changed").take(Actor.XENWATCH, "kthread_remove")
                .take(Actor.XENBLKD, "wait_event_interruptible returns").take(Actor.XENBLKD, "leave the loop")
                .take(Actor.XENBLKD, "refcnt == 0").take(Actor.XENBLKD, "vbd_sync").take(Actor.XENBLKD, "wake_up");
        assertTrue(s.visibility().deletedByToolstack() && !s.visibility().backendDir());
        var v = s.take(Actor.XENBLKD, "write shutdown-done").visibility();
        assertTrue(v.backendDir() && v.shutdownDone());
        assertFalse(v.hotplugStatus(), "so xend's hotplug-status poll does not wait for it");
        assertFalse(v.deletedByToolstack());
    }
}
