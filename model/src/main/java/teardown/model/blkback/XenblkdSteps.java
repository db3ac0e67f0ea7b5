package teardown.model.blkback;

import io.vavr.collection.List;
import teardown.model.Actor;
import teardown.model.Configuration;
import teardown.model.Mutant;
import teardown.model.Driver;
import teardown.model.Hazard;
import teardown.model.Step;
import teardown.model.Successor;
import teardown.model.DeviceView;
import teardown.model.blkback.Kthread.Phase;
import teardown.model.xenbus.Xenwatch;

/**
 * The xenblkd kernel thread: its main loop (blkif_schedule) in every driver, and the vendor tree's
 * close path (blkback_close) that it runs after kthread_remove asked it to.
 * See docs/model/drivers.md#the-xenblkd-loop.
 */
public final class XenblkdSteps {

    private XenblkdSteps() {
    }

    public static List<Successor> steps(Configuration c, DeviceView s) {
        Kthread k = s.xenblkd();
        return switch (k.phase()) {
            case WAITING_FOR_WORK -> wakes(c, s) ? List.of(next(c, s, "wait_event_interruptible returns: work, stop or remove request",
                    loop(c), s.with(k.withPhase(Phase.DISPATCHING)))) : List.empty();
            case DISPATCHING -> List.of(dispatchOrLoopTop(c, s));
            case DRAINING -> s.blkif().refcnt() != 0 ? List.empty()
                    : List.of(next(c, s, "blkif_disconnect: refcnt == 0; take it back, unbind irq, unmap ring",
                    INTERFACE + "blkif_disconnect", s.with(s.blkif().get().unmapRing()).with(k.withPhase(Phase.SYNCING))));
            case SYNCING -> List.of(next(c, s, "vbd_sync", XENBUS + "blkback_close",
                    s.with(k.withPhase(c.has(Hazard.CLOSE_UNREGISTERS_WATCH) ? Phase.UNREGISTERING_WATCH : Phase.SIGNALLING))));
            case UNREGISTERING_WATCH -> s.xenwatch().inCallback() ? List.empty()
                    : List.of(next(c, s, "unregister_xenbus_watch: takes and releases xenwatch_mutex",
                    "drivers/xen/xenbus/xenbus_xs.c unregister_xenbus_watch", s.with(k.withPhase(Phase.SIGNALLING))));
            case SIGNALLING -> List.of(signal(c, s));
            case CLOSING_DEVICE -> s.devSem() != DevSem.FREE ? List.empty() : List.of(closeDevice(c, s));
            case RELEASING -> List.of(release(c, s));
            case BLOCKED_IN_SUBMIT_BIO, STOPPING_ITSELF, EXITED -> List.empty();
        };
    }

    private static final String XENBUS = "drivers/xen/blkback/xenbus.c ";
    private static final String INTERFACE = "drivers/xen/blkback/interface.c ";

    private static String loop(Configuration c) {
        return c.driver().tree() + (c.driver().stopsConsumingOnStop() ? "blkback.c xen_blkif_schedule" : "blkback.c blkif_schedule");
    }

    /** The wait condition: ring work or a stop; the vendor tree also wakes for remove_requested, unless the hazard drops it. */
    private static boolean wakes(Configuration c, DeviceView s) {
        Kthread k = s.xenblkd();
        boolean remove = c.driver().isVendor() && k.removeRequested() && !c.has(Hazard.WAIT_IGNORES_REMOVE_REQUEST);
        return s.requests().onRing() > 0 || k.shouldStop() || remove;
    }

    private static Successor dispatchOrLoopTop(Configuration c, DeviceView s) {
        Kthread k = s.xenblkd();
        if (s.canStillSubmit(c.driver())) {
            DeviceView next = s.with(s.requests().consumeAndSubmit()).with(s.blkif().get());
            if (s.disk(c) == teardown.model.Disk.DEAD) {
                next = next.with(k.withPhase(Phase.BLOCKED_IN_SUBMIT_BIO));
            }
            return next(c, s, s.disk(c) == teardown.model.Disk.DEAD
                            ? "do_block_io_op: consume a request, blkif_get, submit_bio blocks on the full queue"
                            : "do_block_io_op: consume a request, blkif_get, submit_bio",
                    c.driver().tree() + (c.driver().stopsConsumingOnStop() ? "blkback.c __do_block_io_op, dispatch_rw_block_io"
                            : "blkback.c do_block_io_op, dispatch_rw_block_io"),
                    s.blkif().freed() ? next.withFault("xenblkd submits a request on a freed blkif") : next);
        }
        if (k.shouldStop()) {
            return exit(c, s);
        }
        if (c.driver().isVendor() && k.removeRequested()) {
            return leaveForClose(c, s);
        }
        return next(c, s, "loop: no work left, back to wait_event_interruptible", loop(c), s.with(k.withPhase(Phase.WAITING_FOR_WORK)));
    }

    /**
     * Stock and proposed: clear blkif->xenblkd and drop the thread's own reference (in the proposed
     * driver the last one schedules the deferred free). Upstream's thread holds none.
     */
    private static Successor exit(Configuration c, DeviceView s) {
        Kthread k = s.xenblkd().withPhase(Phase.EXITED);
        if (!c.driver().kthreadHoldsBlkifRef()) {
            Blkif b = c.has(Hazard.DANGLING_XENBLKD) ? s.blkif() : s.blkif().withXenblkd(false);
            return next(c, s, "kthread_should_stop: xen_blkif_schedule returns", loop(c), s.with(k).with(b));
        }
        Blkif b = c.has(Mutant.THREAD_EXIT_KEEPS_REFERENCE) ? s.blkif().withXenblkd(false) : s.blkif().withXenblkd(false).put(); // MUTANT thread-exit-keeps-reference
        boolean last = c.driver().lastPutDefersFree() && b.refcnt() == 0;
        return next(c, s, "kthread_should_stop: " + (c.driver().stopsConsumingOnStop() ? "xen_blkif_schedule" : "blkif_schedule")
                        + " exits, xenblkd = NULL, blkif_put" + (last ? ": last reference, schedule the deferred free" : ""), loop(c),
                s.with(k).with(last ? b.scheduleFree() : b));
    }

    /** The vendor loop ends on remove_requested; blkback_close starts with blkif_disconnect. */
    private static Successor leaveForClose(Configuration c, DeviceView s) {
        Kthread k = s.xenblkd();
        if (c.has(Hazard.SELF_STOP) && s.blkif().xenblkd()) {
            return next(c, s, "blkback_close: blkif_disconnect calls kthread_stop on xenblkd itself",
                    INTERFACE + "blkif_disconnect", s.with(k.withPhase(Phase.STOPPING_ITSELF)));
        }
        return next(c, s, "remove_requested: leave the loop; blkback_close: blkif_disconnect drops its reference, waits for refcnt == 0",
                XENBUS + "blkback_close; " + INTERFACE + "blkif_disconnect",
                s.with(s.blkif().put().withXenblkd(s.blkif().xenblkd() && !c.has(Mutant.WAKE_BEFORE_DRAIN))) // MUTANT wake-before-drain
                        .with(k.withPhase(Phase.DRAINING)));
    }

    private static Successor signal(Configuration c, DeviceView s) {
        Kthread k = s.xenblkd().withRemoveRequested(false).withPhase(Phase.CLOSING_DEVICE);
        if (c.driver().equals(Driver.PATCHED)) {
            DeviceView next = s.with(k).with(s.blkif().withXenblkd(false));
            return next(c, s, "under xenblkd_lock: xenblkd = NULL, remove_requested = 0, wake_up(be->wq)", XENBUS + "blkback_close",
                    s.be().freed() ? next.withFault("blkback_close wakes be->wq after be was freed") : next);
        }
        return next(c, s, "remove_requested = 0", XENBUS + "blkback_close", s.with(k));
    }

    private static Successor closeDevice(Configuration c, DeviceView s) {
        DeviceView next = s.with(s.xenblkd().withPhase(Phase.RELEASING));
        if (s.be().freed()) {
            return next(c, s, "down(blkback_dev_sem): reads be->dev", XENBUS + "blkback_close",
                    next.withFault("blkback_close reads be->dev after be was freed"));
        }
        return s.be().dev()
                ? next(c, s, "down(blkback_dev_sem); be->dev set: write shutdown-done; up", XENBUS + "blkback_close",
                next.with(s.visibility().shutdownDoneWritten()))
                : next(c, s, "down(blkback_dev_sem); be->dev cleared by remove: nothing to write; up", XENBUS + "blkback_close", next);
    }

    private static Successor release(Configuration c, DeviceView s) {
        Kthread k = s.xenblkd().withPhase(Phase.EXITED);
        BackendInfo be = s.be().release();
        if (be.refcnt() > 0 && !c.has(Mutant.RELEASE_FREES_ON_ANY_COUNT)) { // MUTANT release-frees-on-any-count
            return next(c, s, "backend_release: not the last reference; thread exits", XENBUS + "backend_release",
                    s.with(be).with(k));
        }
        // xenblkd drained already, so blkif_disconnect on the last reference does not wait.
        return next(c, s, "backend_release: last reference; blkif_disconnect, vbd_free, blkif_free, free be; thread exits",
                XENBUS + "backend_release", s.with(be.free()).with(s.blkif().put().free()).with(k));
    }

    private static Successor next(Configuration c, DeviceView s, String name, String source, DeviceView next) {
        return new Successor(new Step(Actor.XENBLKD, name, source), next);
    }
}
