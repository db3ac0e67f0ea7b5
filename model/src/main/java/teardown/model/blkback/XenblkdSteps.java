package teardown.model.blkback;

import io.vavr.collection.List;
import teardown.model.Actor;
import teardown.model.Configuration;
import teardown.model.DeviceView;
import teardown.model.Disk;
import teardown.model.Hazard;
import teardown.model.Mutant;
import teardown.model.Step;
import teardown.model.Successor;
import teardown.model.blkback.Kthread.Phase;

/**
 * A ring's xenblkd kernel thread: its start in kernel/kthread.c's kthread(), its main loop
 * (blkif_schedule, xen_blkif_schedule) in every driver, and the vendor tree's close path
 * (blkback_close) that it runs after kthread_remove asked it to. The view is focused on the
 * thread's ring. See docs/model/drivers.md#the-xenblkd-loop.
 */
public final class XenblkdSteps {

    private static final String XENBUS = "drivers/xen/blkback/xenbus.c ";
    private static final String INTERFACE = "drivers/xen/blkback/interface.c ";
    private static final String KTHREAD = "kernel/kthread.c kthread";

    private XenblkdSteps() {
    }

    public static List<Successor> steps(Configuration c, DeviceView s) {
        Kthread k = s.xenblkd();
        return switch (k.phase()) {
            case CREATED -> List.of(start(c, s));
            case WAITING_FOR_WORK -> wakes(c, s) ? List.of(next(c, s, "wait_event_interruptible returns: work, stop or remove request",
                    loop(c), s.with(k.withPhase(Phase.DISPATCHING)))) : List.empty();
            case DISPATCHING -> List.of(dispatchOrLoopTop(c, s));
            case DRAINING -> s.blkif().refcnt() != 0 ? List.empty()
                    : List.of(next(c, s, "blkif_disconnect: refcnt == 0; take it back, unbind irq, unmap ring",
                    INTERFACE + "blkif_disconnect", s.with(s.blkif().get()).with(s.ring().withMapped(false)).with(k.withPhase(Phase.SYNCING))));
            case SYNCING -> List.of(next(c, s, "vbd_sync", XENBUS + "blkback_close",
                    s.with(k.withPhase(c.has(Hazard.CLOSE_UNREGISTERS_WATCH) ? Phase.UNREGISTERING_WATCH : Phase.SIGNALLING))));
            case UNREGISTERING_WATCH -> s.xenwatch().inCallback() ? List.empty()
                    : List.of(next(c, s, "unregister_xenbus_watch: takes and releases xenwatch_mutex",
                    "drivers/xen/xenbus/xenbus_xs.c unregister_xenbus_watch", s.with(k.withPhase(Phase.SIGNALLING))));
            case SIGNALLING -> List.of(signal(c, s));
            case CLOSING_DEVICE -> s.devSem() != DevSem.FREE ? List.empty() : List.of(closeDevice(c, s));
            case RELEASING -> List.of(release(c, s));
            case NONE, BLOCKED_IN_SUBMIT_BIO, STOPPING_ITSELF, EXITED, REAPED -> List.empty();
        };
    }

    private static String loop(Configuration c) {
        return c.driver().tree() + (c.driver().stopsConsumingOnStop() ? "blkback.c xen_blkif_schedule" : "blkback.c blkif_schedule");
    }

    private static String function(Configuration c) {
        return c.driver().stopsConsumingOnStop() ? "xen_blkif_schedule" : "blkif_schedule";
    }

    /**
     * kthread(): the woken thread runs its function, unless kthread_stop set KTHREAD_SHOULD_STOP
     * first; then the function is never called and the thread exits with -EINTR, leaving whatever
     * the function would have cleared on its way out (ring->xenblkd) as it was.
     */
    private static Successor start(Configuration c, DeviceView s) {
        Kthread k = s.xenblkd();
        if (k.shouldStop()) {
            return next(c, s, "kthread(): KTHREAD_SHOULD_STOP already set: " + function(c) + " is never called, exit -EINTR", KTHREAD,
                    s.with(k.exited()));
        }
        DeviceView started = s.with(k.withPhase(Phase.WAITING_FOR_WORK));
        boolean getsItsOwn = c.driver().kthreadHoldsBlkifRef() && !c.driver().threadReferenceTakenByCreator();
        if (getsItsOwn) {
            started = started.with(started.blkif().get());
        }
        return next(c, s, "kthread(): " + function(c) + " starts" + (getsItsOwn ? ", xen_blkif_get" : ""),
                KTHREAD + "; " + loop(c), started);
    }

    /** The wait condition: ring work or a stop; the vendor tree also wakes for remove_requested, unless the hazard drops it. */
    private static boolean wakes(Configuration c, DeviceView s) {
        Kthread k = s.xenblkd();
        boolean remove = c.driver().stopsThreadsByFlag() && k.removeRequested() && !c.has(Hazard.WAIT_IGNORES_REMOVE_REQUEST);
        return s.requests().onRing() > 0 || k.shouldStop() || remove;
    }

    private static Successor dispatchOrLoopTop(Configuration c, DeviceView s) {
        Kthread k = s.xenblkd();
        boolean leavesRing = c.has(Mutant.STOCK_STOPS_CONSUMING_ON_STOP) && k.shouldStop(); // MUTANT stock-stops-consuming-on-stop
        if (s.canStillSubmit(c.driver()) && !leavesRing) {
            DeviceView next = s.with(s.requests().consumeAndSubmit()).with(s.blkif().get());
            if (s.disk(c) == Disk.DEAD) {
                next = next.with(k.withPhase(Phase.BLOCKED_IN_SUBMIT_BIO));
            }
            return next(c, s, s.disk(c) == Disk.DEAD
                            ? "do_block_io_op: consume a request, blkif_get, submit_bio blocks on the full queue"
                            : "do_block_io_op: consume a request, blkif_get, submit_bio",
                    c.driver().tree() + (c.driver().stopsConsumingOnStop() ? "blkback.c __do_block_io_op, dispatch_rw_block_io"
                            : "blkback.c do_block_io_op, dispatch_rw_block_io"),
                    s.blkif().freed() || !s.ring().mapped() ? next.withFault("xenblkd submits a request on a freed blkif or unmapped ring") : next);
        }
        if (k.shouldStop()) {
            return exit(c, s, "kthread_should_stop", !c.driver().threadReferenceTakenByCreator());
        }
        if (c.driver().isVendor() && k.removeRequested()) {
            return leaveForClose(c, s);
        }
        if (c.driver().stopsThreadsByFlag() && k.removeRequested()) {
            return exit(c, s, "the drain flag, the ring empty", true);
        }
        return next(c, s, "loop: no work left, back to wait_event_interruptible", loop(c), s.with(k.withPhase(Phase.WAITING_FOR_WORK)));
    }

    /**
     * The function returns: it clears ring->xenblkd, and a thread holding a blkif reference of its
     * own (2.6.18, xen-blkback before 4.12, the proposed driver) drops it, unless {@code dropsRef}
     * is false: a creator-taken reference is dropped by the kthread_stop that reaps the thread,
     * since a thread stopped before it ran never gets here. The last put schedules the deferred
     * free where the driver defers it.
     */
    private static Successor exit(Configuration c, DeviceView s, String why, boolean dropsRef) {
        Kthread k = s.xenblkd().exited();
        boolean clears = !c.has(Hazard.DANGLING_XENBLKD);
        if (!c.driver().kthreadHoldsBlkifRef() || !dropsRef) {
            return next(c, s, why + ": " + function(c) + " returns", loop(c), s.with(s.ring().with(k).withXenblkdSet(s.ring().xenblkdSet() && !clears)));
        }
        Blkif b = c.has(Mutant.THREAD_EXIT_KEEPS_REFERENCE) ? s.blkif() : s.blkif().put(); // MUTANT thread-exit-keeps-reference
        boolean last = c.driver().lastPutDefersFree() && b.refcnt() == 0;
        return next(c, s, why + ": " + function(c) + " exits, xenblkd = NULL, blkif_put" + (last ? ": last reference, schedule the deferred free" : ""),
                loop(c), s.with(s.ring().with(k).withXenblkdSet(false)).with(last ? b.scheduleFree() : b));
    }

    /** The vendor loop ends on remove_requested; blkback_close starts with blkif_disconnect. */
    private static Successor leaveForClose(Configuration c, DeviceView s) {
        Kthread k = s.xenblkd();
        if (c.has(Hazard.SELF_STOP) && s.ring().xenblkdSet()) {
            return next(c, s, "blkback_close: blkif_disconnect calls kthread_stop on xenblkd itself",
                    INTERFACE + "blkif_disconnect", s.with(k.withPhase(Phase.STOPPING_ITSELF)));
        }
        return next(c, s, "remove_requested: leave the loop; blkback_close: blkif_disconnect drops its reference, waits for refcnt == 0",
                XENBUS + "blkback_close; " + INTERFACE + "blkif_disconnect",
                s.with(s.blkif().put()).with(s.ring().withXenblkdSet(s.ring().xenblkdSet() && !c.has(Mutant.WAKE_BEFORE_DRAIN))) // MUTANT wake-before-drain
                        .with(k.withPhase(Phase.DRAINING)));
    }

    private static Successor signal(Configuration c, DeviceView s) {
        Kthread k = s.xenblkd().withRemoveRequested(false).withPhase(Phase.CLOSING_DEVICE);
        if (c.driver() instanceof VendorBlkback v && v.patched()) {
            DeviceView next = s.with(s.ring().with(k).withXenblkdSet(false));
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

    /** backend_release on the close path; the thread's function then returns, and nobody waits for it: it is reaped. */
    private static Successor release(Configuration c, DeviceView s) {
        Kthread k = s.xenblkd().exited();
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
