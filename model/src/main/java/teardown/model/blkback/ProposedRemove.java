package teardown.model.blkback;

import io.vavr.collection.List;
import teardown.model.Actor;
import teardown.model.Configuration;
import teardown.model.DeviceView;
import teardown.model.Mutant;
import teardown.model.Step;
import teardown.model.Successor;
import teardown.model.kernel.Frame.WaitsFor;
import teardown.model.kernel.Run;
import teardown.model.xenbus.XenbusState;

/**
 * The proposed xen_blkbk_remove on xenwatch: remove sysfs attributes and the watch, ask each
 * ring's xenblkd to stop without waiting for it (each holds its own blkif reference and drops it
 * when it exits), drop the allocation reference and return. Whoever drops the last reference
 * schedules the deferred free.
 */
public final class ProposedRemove {

    /** the proposed drain request with its ingredient removed: waiting on xenwatch for the drain. */
    public static final String WAIT_DRAINED = "drain request: wait for xenblkd to exit and inflight == 0";

    private ProposedRemove() {
    }

    /**
     * Every ring's thread asked to stop; nobody waits for them. By the driver's flag (ring->drain:
     * the thread finishes the ring, then returns) or, with that ingredient removed, by
     * KTHREAD_SHOULD_STOP without the wait, which a thread not yet started never sees in its function.
     */
    static DeviceView stopRequested(Configuration c, DeviceView s) {
        DeviceView next = s;
        for (int r = 0; r < s.rings().size(); r++) {
            Kthread k = s.ring(r).xenblkd();
            boolean alive = !k.phase().gone() && k.phase() != Kthread.Phase.NONE;
            next = next.withRing(r, s.ring(r).with(!alive ? k : c.driver().stopsThreadsByFlag() ? k.withRemoveRequested(true) : k.withShouldStop(true)));
        }
        return next;
    }

    /** A thread was asked to stop, by either means. */
    static boolean stopAsked(Kthread k) {
        return k.shouldStop() || k.removeRequested();
    }

    /** Every thread has exited and nothing is in flight. */
    static boolean drained(DeviceView s) {
        return s.rings().forAll(r -> r.xenblkd().phase().gone() || r.xenblkd().phase() == Kthread.Phase.NONE) && s.vbd().inFlight() == 0;
    }

    public static Run remove(Configuration c, Run r) {
        DeviceView s = stopRequested(c, r.state());
        Blkif b = s.blkif().put();
        if (b.refcnt() == 0) {
            b = b.scheduleFree();
        }
        return r.did("xen_blkbk_remove: remove sysfs attributes, unregister watch; signal xenblkd to stop (no wait); xen_blkif_put; remove returns",
                        "drivers/block/xen-blkback/xenbus.c xen_blkbk_remove (proposed)")
                .with(s.with(b)).ret();
    }

    /**
     * The proposed drain request on xenwatch (the sender writes it before 'permission to go'):
     * stop consuming the ring by asking xenblkd to stop, and return; the device stays registered.
     * Closed follows from the drained work once xenblkd has exited and nothing is in flight. With
     * {@code neverWait} off it is the 3.0-3.15 wait on xenwatch; with {@code honestClosed} off it
     * switches to Closed at once, as today's frontend_changed does regardless of -EBUSY.
     */
    public static Run drainRequest(Configuration c, Run r, boolean neverWait, boolean honestClosed) {
        DeviceView stopped = stopRequested(c, r.state());
        if (!neverWait) {
            return r.did("drain request watch: kthread_stop(xenblkd), then wait for inflight == 0",
                    "drivers/block/xen-blkback/xenbus.c (proposed drain request, ablated: waits on xenwatch)")
                    .with(stopped).waitAt(WAIT_DRAINED, WaitsFor.IN_FLIGHT, 0);
        }
        return r.did("drain request watch: signal xenblkd to stop (no wait)" + (honestClosed ? "; Closed comes when drained" : "; switch to Closed at once"),
                "drivers/block/xen-blkback/xenbus.c (proposed drain request)")
                .with(honestClosed ? stopped : stopped.with(stopped.visibility().closed())).ret();
    }

    /** The ablated drain request's wait on xenwatch: thread exited and nothing in flight, then Closed. */
    public static List<Run> resume(Configuration c, Run r) {
        DeviceView s = r.state();
        if (!drained(s)) {
            return List.empty();
        }
        return List.of(r.resumed().did("inflight == 0: write Closed; the watch callback returns",
                "drivers/block/xen-blkback/xenbus.c (proposed drain request, ablated)").with(s.with(s.visibility().closed())).ret());
    }

    /**
     * The drained work: scheduled by the last completion (or xenblkd's exit) of a stopping ring, it
     * writes Closed; where the frontend has closed with the device offline, or is gone, it then
     * unregisters the device (remove, then device_del), so the device leaves sysfs only once
     * drained. The unregister frees the otherend watch, which takes xenwatch_mutex: it waits for a
     * callback xenwatch is running.
     */
    public static List<Successor> drainedWork(Configuration c, DeviceView s) {
        List<Successor> unregister = unregisterWhenDrained(c, s);
        return unregister.isEmpty() ? writeClosedWhenDrained(c, s) : unregister;
    }

    private static List<Successor> writeClosedWhenDrained(Configuration c, DeviceView s) {
        boolean stopping = s.rings().exists(r -> stopAsked(r.xenblkd()));
        boolean drained = stopping && s.rings().forAll(r -> r.xenblkd().phase().gone() || r.xenblkd().phase() == Kthread.Phase.NONE)
                && (s.vbd().inFlight() == 0 || c.has(Mutant.DRAINED_WORK_IGNORES_INFLIGHT)); // MUTANT drained-work-ignores-inflight
        XenbusState state = s.visibility().backendState();
        boolean pending = s.visibility().backendDir() && (state == XenbusState.CONNECTED || state == XenbusState.CLOSING);
        // The work takes the lock frontend_changed holds across a reconnect: a thread stopped for a
        // reconnect is about to be replaced, so the device is not drained while that callback runs.
        boolean waitsOutReconnect = has(c, teardown.model.Ingredient.DRAIN_WAITS_OUT_RECONNECT);
        if (!c.driver().closedByDeferredFree() || !drained || !pending || s.blkif().freed() || waitsOutReconnect && s.xenwatch().inCallback()) {
            return List.empty();
        }
        return List.of(new Successor(new Step(Actor.WORKQUEUE, "xen_blkif_drained: nothing in flight, xenblkd gone: write state Closed",
                "drivers/block/xen-blkback/xenbus.c xen_blkif_drained (proposed)"), s.with(s.visibility().closed())));
    }

    private static List<Successor> unregisterWhenDrained(Configuration c, DeviceView s) {
        if (!c.driver().unregistersWhenDrained()
                || !s.visibility().sysfsDevice() || s.vbd().removes() != 0 || !drained(s) || !frontendLetGo(s)
                || s.visibility().backendState() != XenbusState.CLOSED || s.xenwatch().inCallback() || s.blkif().freed()) {
            return List.empty();
        }
        teardown.model.xenbus.Xenwatch w = s.xenwatch().purge(teardown.model.xenbus.WatchEvent.FRONTEND_GONE, s.index())
                .purge(teardown.model.xenbus.WatchEvent.FRONTEND_CONNECTED, s.index()).purge(teardown.model.xenbus.WatchEvent.FRONTEND_STATE, s.index());
        Blkif b = s.blkif().put();
        DeviceView removed = s.with(w).removeStarted().with(b.refcnt() == 0 ? b.scheduleFree() : b).with(s.visibility().deviceDeleted());
        return List.of(new Successor(new Step(Actor.WORKQUEUE,
                "xen_blkif_drained: the frontend let go: device_unregister: xenbus_dev_remove frees the otherend watch, xen_blkbk_remove: xen_blkif_put; device_del",
                "drivers/block/xen-blkback/xenbus.c xen_blkif_drained (proposed); drivers/xen/xenbus/xenbus_probe.c xenbus_dev_remove; drivers/base/core.c device_del"),
                removed));
    }

    /** The frontend has let go: its directory is gone, or it wrote Closed and the toolstack has taken the device offline. */
    static boolean frontendLetGo(DeviceView s) {
        return !s.visibility().frontendDir() || (s.frontend().state() == XenbusState.CLOSED && !s.visibility().online());
    }

    /** The configuration's driver is the proposed one with this ingredient. */
    private static boolean has(Configuration c, teardown.model.Ingredient i) {
        return c.driver() instanceof ProposedBlkback p && p.has(i);
    }
}
