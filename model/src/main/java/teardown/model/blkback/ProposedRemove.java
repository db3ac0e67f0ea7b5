package teardown.model.blkback;

import io.vavr.collection.List;
import teardown.model.Actor;
import teardown.model.Configuration;
import teardown.model.Step;
import teardown.model.Successor;
import teardown.model.DeviceView;
import teardown.model.xenbus.Xenwatch;
import teardown.model.xenbus.Xenwatch.Phase;

/**
 * The proposed xen_blkbk_remove on xenwatch: remove sysfs attributes and the watch, ask xenblkd to
 * stop without waiting for it (it holds its own blkif reference and drops it when it exits), drop
 * the allocation reference and return. Whoever drops the last reference schedules the deferred free.
 */
public final class ProposedRemove {

    private ProposedRemove() {
    }

    public static List<Successor> steps(Configuration c, DeviceView s) {
        Xenwatch w = s.xenwatch();
        if (w.phase() == Phase.DRAINING_REQUEST) {
            return drainingOnXenwatch(c, s);
        }
        if (w.phase() != Phase.REMOVE_STARTED) {
            throw new IllegalStateException("proposed xen_blkbk_remove has no phase " + w.phase());
        }
        boolean running = s.xenblkd().phase() != Kthread.Phase.EXITED;
        Blkif b = s.blkif().put();
        if (b.refcnt() == 0) {
            b = b.scheduleFree();
        }
        return List.of(new Successor(new Step(Actor.XENWATCH,
                "xen_blkbk_remove: remove sysfs attributes, unregister watch; signal xenblkd to stop (no wait); xen_blkif_put; remove returns",
                "drivers/block/xen-blkback/xenbus.c xen_blkbk_remove (proposed)"),
                s.with(s.xenblkd().withShouldStop(running || s.xenblkd().shouldStop())).with(b).with(w.withPhase(Phase.DEVICE_DEL))));
    }

    /**
     * The proposed drain request on xenwatch (the sender writes it before 'permission to go'):
     * stop consuming the ring by asking xenblkd to stop, and return; the device stays registered.
     * Closed follows from the drained work once xenblkd has exited and nothing is in flight. With
     * {@code neverWait} off it is the 3.0-3.15 wait on xenwatch; with {@code honestClosed} off it
     * switches to Closed at once, as today's frontend_changed does regardless of -EBUSY.
     */
    public static Successor drainRequest(Configuration c, DeviceView s, boolean neverWait, boolean honestClosed) {
        boolean running = s.xenblkd().phase() != Kthread.Phase.EXITED;
        DeviceView stopped = s.with(s.xenblkd().withShouldStop(running || s.xenblkd().shouldStop()));
        if (!neverWait) {
            return new Successor(new Step(Actor.XENWATCH, "drain request watch: kthread_stop(xenblkd), then wait for inflight == 0",
                    "drivers/block/xen-blkback/xenbus.c (proposed drain request, ablated: waits on xenwatch)"),
                    stopped.with(s.xenwatch().enter(Phase.DRAINING_REQUEST, s.index())));
        }
        return new Successor(new Step(Actor.XENWATCH, "drain request watch: signal xenblkd to stop (no wait)"
                + (honestClosed ? "; Closed comes when drained" : "; switch to Closed at once"),
                "drivers/block/xen-blkback/xenbus.c (proposed drain request)"),
                honestClosed ? stopped : stopped.with(s.visibility().closed()));
    }

    /** The ablated drain request's wait on xenwatch: thread exited and nothing in flight, then Closed. */
    public static io.vavr.collection.List<Successor> drainingOnXenwatch(Configuration c, DeviceView s) {
        if (s.xenblkd().phase() != Kthread.Phase.EXITED || s.requests().inFlight() > 0) {
            return io.vavr.collection.List.empty();
        }
        return io.vavr.collection.List.of(new Successor(new Step(Actor.XENWATCH, "inflight == 0: write Closed; the watch callback returns",
                "drivers/block/xen-blkback/xenbus.c (proposed drain request, ablated)"),
                s.with(s.visibility().closed()).with(s.xenwatch().withPhase(Phase.IDLE))));
    }

    /** The drained work: scheduled by the last completion (or xenblkd's exit) of a stopping ring, it writes Closed. */
    public static io.vavr.collection.List<Successor> drainedWork(Configuration c, DeviceView s) {
        boolean drained = s.xenblkd().shouldStop() && s.xenblkd().phase() == Kthread.Phase.EXITED
                && (s.requests().inFlight() == 0 || c.has(teardown.model.Mutant.DRAINED_WORK_IGNORES_INFLIGHT)); // MUTANT drained-work-ignores-inflight
        boolean pending = s.visibility().backendDir() && (s.visibility().backendState() == teardown.model.hotplug.Visibility.BackendState.CONNECTED
                || s.visibility().backendState() == teardown.model.hotplug.Visibility.BackendState.CLOSING);
        if (!c.driver().closedByDeferredFree() || !drained || !pending || s.blkif().freed()) {
            return io.vavr.collection.List.empty();
        }
        return io.vavr.collection.List.of(new Successor(new Step(Actor.WORKQUEUE, "xen_blkif_drained: nothing in flight, xenblkd gone: write state Closed",
                "drivers/block/xen-blkback/xenbus.c xen_blkif_drained (proposed)"), s.with(s.visibility().closed())));
    }
}
