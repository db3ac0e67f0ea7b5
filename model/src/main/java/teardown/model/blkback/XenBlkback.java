package teardown.model.blkback;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import teardown.model.Configuration;
import teardown.model.DeviceView;
import teardown.model.Driver;
import teardown.model.Failure;
import teardown.model.Hazard;
import teardown.model.Mutant;
import teardown.model.kernel.Frame.WaitsFor;
import teardown.model.kernel.Run;
import teardown.model.xenbus.WatchEvent;
import teardown.model.xenbus.XenbusState;

/**
 * Upstream Linux xen-blkback (drivers/block/xen-blkback/xenbus.c and blkback.c), function by
 * function: today's code (read in a v6.17 tree; docs/model/sources.md#upstream-tree), and, for
 * the history, the code before each fix (docs/model/history.md). A version is today's code with
 * some {@link Fix}es not yet applied, so each method reads as today's function with the old lines
 * beside the fix that removed them. A design of one's own extends this class and overrides the
 * function it changes (docs/extending.md).
 *
 * <p>The functions that may wait run as {@link Run}s on xenwatch: kthread_stop waits for the
 * thread to exit, and the 3.x disconnect waits for the last reference.
 */
@teardown.model.Api
public class XenBlkback implements Driver {

    /** The fixes, in the order they landed; a version has every fix up to its own. */
    public enum Fix {
        /** 6f5986bce558 (3.1): disconnect on frontend Closed, not Closing. */
        DISCONNECT_ON_CLOSED,
        /** "xen-blkback: defer freeing blkif to avoid blocking xenwatch" (3.16): -EBUSY instead of a wait; the last put schedules free_work. */
        DEFER_FREE,
        /** multi-queue (4.6): several rings, each with its own thread; each ring holds a blkif reference until a disconnect cleans it. */
        MULTI_QUEUE,
        /** a24fa22ce22a (4.12): xenblkd takes no blkif reference; disconnect leaves clearing ring->xenblkd to the thread. */
        KTHREAD_NO_REF,
        /** "xen/blkback: fix disconnect while I/Os in flight" (4.12): every ring is visited, ring->active, -EBUSY at the end, no per-ring reference. */
        DISCONNECT_EVERY_RING,
        /** "xen/blkback: don't free be structure too early" (4.12): backend_info is freed with the blkif, not in remove. */
        BE_FREED_WITH_BLKIF,
        /** 14855954f636 (5.5): the module can be unloaded (module_exit destroys the blkif cache). */
        MODULE_EXIT,
        /** fa2ac657f978 (5.5): each blkif holds a module reference until xen_blkif_free. */
        MODULE_REF,
        /** "xenbus: limit when state is forced to closed": xenbus_dev_remove writes Closed only over a Closing. */
        XENBUS_CLOSED_ONLY_AFTER_CLOSING,
        /** XSA-349, 9996bd494794 (5.11): the frontend-state watch queues no event while one is pending. */
        XSA_349,
        /** XSA-350, 1c728719a4da (5.11): disconnect sets ring->xenblkd = NULL after kthread_stop. */
        XSA_350;

        public String id() {
            return name().toLowerCase().replace('_', '-');
        }

        /** Every fix up to and including this one. */
        public Set<Fix> andBefore() {
            return TreeSet.ofAll(java.util.Arrays.asList(values()).subList(0, ordinal() + 1));
        }
    }

    static final String X = "drivers/block/xen-blkback/xenbus.c ";
    static final String B = "drivers/block/xen-blkback/blkback.c ";
    /** xen_blkif_disconnect: kthread_stop on a ring's xenblkd, waiting for it to exit. */
    public static final String DISCONNECT_STOP = "xen_blkif_disconnect: kthread_stop(xenblkd)";
    /** xen_blkif_disconnect before 3.16: wait_event(waiting_to_free, refcnt == 0). */
    public static final String DISCONNECT_WAIT = "xen_blkif_disconnect: wait_event(waiting_to_free, refcnt == 0)";
    /** xen_update_blkif_status after a failed kthread_run: kthread_stop on a lower ring's thread. */
    public static final String STATUS_STOP = "xen_update_blkif_status: kthread_stop(xenblkd) of a lower ring";
    static final String REMOVE_GOES_ON = "xen_blkbk_remove: xen_blkif_disconnect returned";
    static final String CLOSED_GOES_ON = "frontend_changed(Closed): xen_blkif_disconnect returned";
    static final String CLOSING_GOES_ON = "frontend_changed(Closing): xen_blkif_disconnect returned";
    static final String CONNECT_GOES_ON = "frontend_changed(Connected): xen_blkif_disconnect returned";
    static final String CONNECT_CLEANED_UP = "frontend_changed(Connected): clean-up xen_blkif_disconnect returned";
    /** -EBUSY, what xen_blkif_disconnect returns for a busy ring since 3.16 (a design's disconnect may return it too). */
    @teardown.model.Api
    public static final int EBUSY = -16;

    private final String id;
    private final String description;
    private final Set<Fix> fixes;

    public XenBlkback(String id, String description, Set<Fix> fixes) {
        this.id = id;
        this.description = description;
        this.fixes = TreeSet.ofAll(fixes);
    }

    /** Today's xen-blkback. */
    public static XenBlkback today() {
        return new XenBlkback("upstream", "upstream Linux xen-blkback: xenwatch never waits, the last request frees", TreeSet.of(Fix.values()));
    }

    /** The code of a release: every fix up to and including {@code last}, or none. */
    public static XenBlkback release(String id, String description, Fix last) {
        return new XenBlkback(id, description, last == null ? TreeSet.empty() : last.andBefore());
    }

    public boolean has(Fix f) {
        return fixes.contains(f);
    }

    public Set<Fix> fixes() {
        return fixes;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String tree() {
        return "drivers/block/xen-blkback/";
    }

    @Override
    public String toString() {
        return id;
    }

    /** Variants are values: two are the same when they are the same class with the same id. */
    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((XenBlkback) o).id.equals(id) && ((XenBlkback) o).fixes.equals(fixes);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    // ---- traits the shared actors ask of a driver ----

    @Override
    public int maxRings() {
        return has(Fix.MULTI_QUEUE) ? 2 : 1;
    }

    @Override
    public boolean kthreadHoldsBlkifRef() {
        return !has(Fix.KTHREAD_NO_REF);
    }

    @Override
    public boolean stopsConsumingOnStop() {
        return true;
    }

    @Override
    public boolean lastPutDefersFree() {
        return has(Fix.DEFER_FREE);
    }

    @Override
    public boolean ringHoldsBlkifRef() {
        return has(Fix.MULTI_QUEUE) && !has(Fix.DISCONNECT_EVERY_RING);
    }

    @Override
    public boolean blkifHoldsModuleRef() {
        return has(Fix.MODULE_REF);
    }

    @Override
    public boolean moduleCanUnload() {
        return has(Fix.MODULE_EXIT);
    }

    @Override
    public boolean otherendDropsPendingEvents() {
        return has(Fix.XSA_349);
    }

    /** xenbus_dev_remove writes Closed after remove: always in older kernels, only over a Closing since the 2019 change. */
    @Override
    public boolean closedAfterRemove(DeviceView s) {
        return !has(Fix.XENBUS_CLOSED_ONLY_AFTER_CLOSING) || s.visibility().backendState() == XenbusState.CLOSING;
    }

    // ---- xen_blkbk_probe and backend_changed: the device comes up ----

    /** xen_blkbk_probe: backend_info and the blkif (one reference), the physical-device watch, InitWait. */
    @Override
    public List<Run> probe(Configuration c, Run r) {
        DeviceView s = r.state();
        DeviceView probed = s.with(new BackendInfo(1, true, true, false)).with(Blkif.alloc())
                .with(s.visibility().switched(XenbusState.INIT_WAIT));
        // Registering the watch fires it once at once; physical-device may not be there yet.
        probed = probed.with(probed.xenwatch().enqueue(WatchEvent.PHYSICAL_DEVICE, s.index()));
        return List.of(r.did("xen_blkbk_probe: allocate backend_info, xen_blkif_alloc (refcnt 1" + (blkifHoldsModuleRef() ? ", __module_get" : "")
                        + "), watch physical-device, switch to InitWait", X + "xen_blkbk_probe, xen_blkif_alloc")
                .with(probed).ret());
    }

    /** backend_changed: the hotplug script wrote physical-device; open the backing device once, then try to connect. */
    @Override
    public List<Run> backendChanged(Configuration c, Run r) {
        DeviceView s = r.state();
        if (!s.visibility().hotplugStatus()) {
            return List.of(r.did("backend_changed: no physical-device yet, nothing to do", X + "backend_changed").ret());
        }
        if (s.blkif().vbdOpen()) {
            return List.of(r.did("backend_changed: physical-device already set, nothing to do", X + "backend_changed").ret());
        }
        return updateBlkifStatus(c, r.did("backend_changed: xen_vbd_create opens the backing device", X + "backend_changed, xen_vbd_create")
                .with(s.with(s.blkif().withVbdOpen(true))));
    }

    // ---- frontend_changed: the frontend's state, read when the watch is delivered ----

    @Override
    public List<Run> frontendChanged(Configuration c, Run r, XenbusState frontend) {
        DeviceView s = r.state();
        XenbusState backend = s.visibility().backendState();
        String on = "frontend_changed(" + show(frontend) + "): ";
        return List.of(switch (frontend) {
            case INITIALISING -> backend == XenbusState.CLOSED
                    ? r.did(on + "backend Closed: prepare for reconnect, switch to InitWait", X + "frontend_changed")
                            .with(s.with(s.visibility().switched(XenbusState.INIT_WAIT))).ret()
                    : r.did(on + "nothing to do", X + "frontend_changed").ret();
            case INITIALISED, CONNECTED -> backend == XenbusState.CONNECTED
                    ? r.did(on + "already connected, nothing to do", X + "frontend_changed").ret()
                    // Enforce the precondition before a potential leak point: connect_ring overwrites the rings.
                    : xenBlkifDisconnect(c, r.did(on + "enforce the precondition", X + "frontend_changed").call(CONNECT_GOES_ON));
            case CLOSING -> has(Fix.DISCONNECT_ON_CLOSED)
                    ? r.did(on + "switch to Closing", X + "frontend_changed").with(s.with(s.visibility().switched(XenbusState.CLOSING))).ret()
                    : xenBlkifDisconnect(c, r.did(on + "disconnect first", X + "frontend_changed").call(CLOSING_GOES_ON));
            case CLOSED -> has(Fix.DISCONNECT_ON_CLOSED)
                    ? xenBlkifDisconnect(c, r.did(on + "disconnect", X + "frontend_changed").call(CLOSED_GOES_ON))
                    : closedGoesOn(c, r.did(on + "switch to Closed", X + "frontend_changed"));
            case UNKNOWN -> deviceUnregister(c, r.did("otherend_changed: frontend reads Unknown, device_unregister",
                    "drivers/xen/xenbus/xenbus_probe.c otherend_changed; " + X + "frontend_changed"));
            default -> r.did(on + "xenbus_dev_fatal: saw state " + frontend.number() + " at frontend, switch to Closing", X + "frontend_changed")
                    .with(s.with(s.visibility().switched(XenbusState.CLOSING))).ret();
        });
    }

    private static String show(XenbusState s) {
        String id = s.id();
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    /** Closed written (whatever the disconnect returned); unless online, the device is unregistered. */
    private Run closedGoesOn(Configuration c, Run r) {
        DeviceView s = r.state();
        Run closed = r.did("switch to Closed", X + "frontend_changed").with(s.with(s.visibility().switched(XenbusState.CLOSED)));
        return s.visibility().online() ? closed.did("online: keep the device", X + "frontend_changed").ret()
                : deviceUnregister(c, closed.did("not online: device_unregister", "drivers/base/core.c device_unregister"));
    }

    /** The device is unregistered: xenbus_dev_remove calls remove at the next step (see XenwatchSteps). */
    @teardown.model.Api
    protected Run deviceUnregister(Configuration c, Run r) {
        return teardown.model.xenbus.XenwatchSteps.deviceUnregister(c, r);
    }

    /** After the precondition disconnect: -EBUSY is fatal ("pending I/O"); else map the rings and try to connect. */
    private List<Run> connectGoesOn(Configuration c, Run r) {
        DeviceView s = r.state();
        if (r.returned() == EBUSY) {
            return List.of(r.did("xen_blkif_disconnect returned -EBUSY: xenbus_dev_fatal 'pending I/O', switch to Closing", X + "frontend_changed")
                    .with(s.with(s.visibility().switched(XenbusState.CLOSING))).ret());
        }
        return connectRing(c, r);
    }

    // ---- connect_ring, xen_blkif_map, xen_update_blkif_status: the rings come up ----

    /**
     * connect_ring: allocate the rings the frontend asked for (each active; from 4.6 to 4.11 each
     * takes a blkif reference) and map each one. A ring that fails to map stops the loop, and
     * frontend_changed disconnects what was set up.
     */
    @teardown.model.Api
    protected List<Run> connectRing(Configuration c, Run r) {
        DeviceView s = r.state();
        Blkif b = s.blkif();
        DeviceView next = s;
        // Since 4.6 the rings are allocated here (kcalloc: no thread, nothing mapped); before, the one ring is part of the blkif.
        boolean fresh = has(Fix.MULTI_QUEUE) && !b.ringsAllocated();
        for (int i = 0; i < s.rings().size(); i++) {
            if (ringHoldsBlkifRef() && !s.ring(i).active()) {
                b = b.get();
            }
            Ring old = s.ring(i);
            Ring ring = fresh ? new Ring(old.requests(), Kthread.none(), false, false, true, old.leaked()) : old.withActive(true);
            next = next.withRing(i, ring);
        }
        Run allocated = r.did("connect_ring: xen_blkif_alloc_rings (" + s.rings().size() + " ring" + (s.rings().size() == 1 ? "" : "s") + ")",
                X + "connect_ring, xen_blkif_alloc_rings").with(next.with(b.withRingsAllocated(true)));
        return mapRings(c, allocated, 0);
    }

    private List<Run> mapRings(Configuration c, Run r, int ring) {
        DeviceView s = r.state();
        if (ring == s.rings().size()) {
            return updateBlkifStatus(c, r);
        }
        if (s.ring(ring).mapped()) {
            return mapRings(c, r.did("xen_blkif_map: irq already bound, already connected" + ofRing(c, ring), X + "xen_blkif_map"), ring + 1);
        }
        List<Run> mapped = mapRings(c, r.did("xen_blkif_map: map the ring, bind its event channel" + ofRing(c, ring), X + "read_per_ring_refs, xen_blkif_map")
                .with(s.withRing(ring, s.ring(ring).withMapped(true))), ring + 1);
        if (!c.has(Failure.RING_MAP)) {
            return mapped;
        }
        // The error path: xenbus_dev_fatal, then frontend_changed's clean-up disconnect of what was set up.
        Run failed = r.did("xen_blkif_map fails" + ofRing(c, ring) + ": xenbus_dev_fatal 'mapping ring-ref port', switch to Closing",
                X + "read_per_ring_refs, xen_blkif_map").with(s.with(s.visibility().switched(XenbusState.CLOSING)));
        return mapped.append(xenBlkifDisconnect(c, failed.did("connect_ring failed: clean up", X + "frontend_changed").call(CONNECT_CLEANED_UP)));
    }

    /**
     * xen_update_blkif_status: once the rings are mapped and the backing device is open, connect()
     * writes Connected, then one xenblkd per ring is started with kthread_run. If a kthread_run
     * fails, the lower rings' threads are stopped (their pointers left set) and the device goes to
     * Closing.
     */
    @teardown.model.Api
    protected List<Run> updateBlkifStatus(Configuration c, Run r) {
        DeviceView s = r.state();
        if (!s.blkif().ringsAllocated() || !s.ring(0).mapped() || !s.blkif().vbdOpen()) {
            return List.of(r.did("xen_update_blkif_status: not ready (rings or backing device missing)", X + "xen_update_blkif_status").ret());
        }
        if (s.visibility().backendState() == XenbusState.CONNECTED) {
            return List.of(r.did("xen_update_blkif_status: already connected", X + "xen_update_blkif_status").ret());
        }
        return startThreads(c, r.did("xen_update_blkif_status: connect() writes Connected", X + "xen_update_blkif_status, connect")
                .with(s.with(s.visibility().switched(XenbusState.CONNECTED))), 0);
    }

    private List<Run> startThreads(Configuration c, Run r, int ring) {
        DeviceView s = r.state();
        if (ring == s.rings().size()) {
            return List.of(r.ret());
        }
        DeviceView created = s.withRing(ring, s.ring(ring).with(Kthread.created()).withXenblkdSet(true));
        boolean creatorGets = kthreadHoldsBlkifRef() && threadReferenceTakenByCreator();
        List<Run> started = startThreads(c, r.did((creatorGets ? "xen_blkif_get for the thread; " : "") + "kthread_run(xen_blkif_schedule)" + ofRing(c, ring),
                X + "xen_update_blkif_status").with(creatorGets ? created.with(created.blkif().get()) : created), ring + 1);
        if (!c.has(Failure.KTHREAD_RUN)) {
            return started;
        }
        Run failed = r.did("kthread_run fails" + ofRing(c, ring) + ": xenblkd = NULL; xenbus_dev_fatal 'start xenblkd', switch to Closing",
                X + "xen_update_blkif_status").with(s.withRing(ring, s.ring(ring).with(Kthread.none()).withXenblkdSet(false))
                        .with(s.visibility().switched(XenbusState.CLOSING)));
        return started.append(stopsThreadsByFlag() ? flagLowerRings(c, failed, ring) : stopLowerRings(c, failed, 0, ring));
    }

    /** The error path of a driver that stops its threads by flag: each lower ring's thread is told, and nobody waits. */
    private Run flagLowerRings(Configuration c, Run r, int failed) {
        DeviceView s = r.state();
        for (int i = 0; i < failed; i++) {
            s = s.withRing(i, s.ring(i).with(s.ring(i).xenblkd().withRemoveRequested(true)));
        }
        return failed == 0 ? r.ret() : r.did("tell the lower rings' xenblkd to stop (no wait)", X + "xen_update_blkif_status").with(s).ret();
    }

    /** The kthread_run error path: kthread_stop on every lower ring's thread, leaving ring->xenblkd set. */
    private Run stopLowerRings(Configuration c, Run r, int ring, int failed) {
        if (ring == failed) {
            return r.ret();
        }
        DeviceView s = r.state();
        Ring x = s.ring(ring);
        return r.did("kthread_stop(xenblkd)" + ofRing(c, ring), X + "xen_update_blkif_status")
                .with(s.withRing(ring, x.with(x.xenblkd().stoppedBy()))).waitAt(STATUS_STOP, WaitsFor.THREAD_EXIT, ring).withTopValue(failed);
    }

    // ---- xen_blkif_disconnect ----

    /**
     * xen_blkif_disconnect, from ring 0: for each active ring, kthread_stop its thread (waiting for
     * it), then either leave a busy ring mapped or unbind and unmap it. Returns -EBUSY if a ring was
     * busy (before 4.12, at the first busy ring); before 3.16 it instead waits for the last reference.
     */
    @teardown.model.Api
    protected Run xenBlkifDisconnect(Configuration c, Run r) {
        if (has(Fix.MULTI_QUEUE) && !r.state().blkif().ringsAllocated()) {
            return r.did("xen_blkif_disconnect: no rings", X + "xen_blkif_disconnect").ret(0);
        }
        return disconnectRing(c, r, 0, false);
    }

    private Run disconnectRing(Configuration c, Run r, int ring, boolean busy) {
        DeviceView s = r.state();
        if (ring == s.rings().size()) {
            return disconnectEnd(c, r, busy);
        }
        Ring x = s.ring(ring);
        if (!x.active() && has(Fix.DISCONNECT_EVERY_RING)) {
            return disconnectRing(c, r, ring + 1, busy);
        }
        if (x.xenblkdSet()) {
            if (x.xenblkd().phase() == Kthread.Phase.REAPED) {
                return r.did("xen_blkif_disconnect: kthread_stop on a freed task (ring->xenblkd left dangling)" + ofRing(c, ring),
                        X + "xen_blkif_disconnect; kernel/kthread.c kthread_stop")
                        .map(v -> v.withFault("kthread_stop on a reaped xenblkd (dangling ring->xenblkd)")).returnFromCallback();
            }
            Run stopping = r.did(DISCONNECT_STOP + ofRing(c, ring), X + "xen_blkif_disconnect")
                    .with(s.withRing(ring, x.with(x.xenblkd().stoppedBy()))).waitAt(DISCONNECT_STOP, WaitsFor.THREAD_EXIT, ring);
            return busy ? stopping.withTopValue(1) : stopping;
        }
        return ringStopped(c, r, ring, busy);
    }

    /** kthread_stop has returned (or there was no thread): the ring's fate depends on what is in flight. */
    private Run ringStopped(Configuration c, Run r, int ring, boolean busy) {
        DeviceView s = r.state();
        Ring x = s.ring(ring);
        if (!has(Fix.DEFER_FREE)) {
            // 3.x: drop the own reference for a moment and wait for every other to go.
            return r.did("drop own reference, wait_event(waiting_to_free, refcnt == 0)", X + "xen_blkif_disconnect")
                    .with(s.with(s.blkif().put())).waitAt(DISCONNECT_WAIT, WaitsFor.IN_FLIGHT, ring);
        }
        boolean inFlight = x.requests().inFlight() > 0 && !c.has(Mutant.UPSTREAM_IGNORES_BUSY); // MUTANT upstream-ignores-busy
        if (inFlight) {
            Run left = r.did("inflight > 0: ring left mapped" + ofRing(c, ring), X + "xen_blkif_disconnect");
            // Before 4.12 the loop returned at the first busy ring, leaving the later rings' threads running.
            return has(Fix.DISCONNECT_EVERY_RING) ? disconnectRing(c, left, ring + 1, true)
                    : left.did("xen_blkif_disconnect returns -EBUSY", X + "xen_blkif_disconnect").ret(EBUSY);
        }
        DeviceView cleaned = s.withRing(ring, x.withMapped(false).withActive(false));
        Run unmapped = r.did("xen_blkif_disconnect unmaps the ring" + ofRing(c, ring), X + "xen_blkif_disconnect").with(cleaned);
        // 4.6-4.11 put the ring's reference on every clean-up; nothing marks a ring already cleaned.
        if (ringHoldsBlkifRef()) {
            unmapped = put(c, unmapped, "the ring's xen_blkif_put");
        }
        return disconnectRing(c, unmapped, ring + 1, busy);
    }

    /** After the loop: -EBUSY if a ring was busy; else (since 4.6) the rings are freed. */
    private Run disconnectEnd(Configuration c, Run r, boolean busy) {
        if (busy) {
            return r.did("xen_blkif_disconnect returns -EBUSY", X + "xen_blkif_disconnect").ret(EBUSY);
        }
        DeviceView s = r.state();
        return has(Fix.MULTI_QUEUE) ? r.with(s.with(s.blkif().withRingsAllocated(false))).ret(0) : r.ret(0);
    }

    /** xen_blkif_put: the last reference schedules the deferred free (since 3.16) or wakes waiting_to_free. */
    @teardown.model.Api
    protected Run put(Configuration c, Run r, String what) {
        DeviceView s = r.state();
        Blkif b = s.blkif().put();
        boolean last = b.refcnt() == 0 && lastPutDefersFree() && !c.has(Mutant.LAST_PUT_SCHEDULES_NOTHING); // MUTANT last-put-schedules-nothing
        return r.did(what + (last ? ": last reference, schedule_work(free_work)" : ""), "drivers/block/xen-blkback/common.h xen_blkif_put")
                .with(s.with(last ? b.scheduleFree() : b));
    }

    // ---- xen_blkbk_remove ----

    /** xen_blkbk_remove: sysfs attributes, the physical-device watch, drvdata; disconnect; drop the allocation reference. */
    @Override
    public Run remove(Configuration c, Run r) {
        DeviceView s = r.state();
        Run started = r.did("xen_blkbk_remove: remove sysfs attributes, unregister watch", X + "xen_blkbk_remove")
                .with(s.with(s.xenwatch().purge(WatchEvent.PHYSICAL_DEVICE, s.index())));
        return s.blkif().live() ? xenBlkifDisconnect(c, started.call(REMOVE_GOES_ON)) : started.ret();
    }

    /** After remove's disconnect (its result ignored): before 3.16 free everything here; since, drop the allocation reference. */
    private Run removeGoesOn(Configuration c, Run r) {
        DeviceView s = r.state();
        if (!has(Fix.DEFER_FREE)) {
            return r.did("xen_vbd_free, xen_blkif_free, kfree(be); remove returns", X + "xen_blkbk_remove")
                    .with(s.with(s.blkif().free()).with(s.be().free())).ret();
        }
        boolean leak = r.returned() == EBUSY && c.has(Hazard.EBUSY_REF_LEAK);
        Run put = leak ? r.did("reference not dropped", X + "xen_blkbk_remove") : put(c, r, "xen_blkif_put");
        DeviceView after = put.state();
        return has(Fix.BE_FREED_WITH_BLKIF) ? put.did("remove returns", X + "xen_blkbk_remove").ret()
                : put.did("kfree(be); remove returns", X + "xen_blkbk_remove").with(after.with(after.be().free())).ret();
    }

    // ---- going on after a wait, or after a called function returned ----

    /**
     * kthread_stop has returned and reaped the thread: where the creator took the thread's
     * reference, the stopper drops it, whether or not the function ran (a thread stopped before it
     * ran never drops it itself).
     */
    private Run reaped(Run r, String what, String source, DeviceView s) {
        boolean dropsThreadRef = kthreadHoldsBlkifRef() && threadReferenceTakenByCreator();
        return dropsThreadRef ? r.did(what + "; xen_blkif_put for the thread", source).with(s.with(s.blkif().put()))
                : r.did(what, source).with(s);
    }

    @Override
    public List<Run> resume(Configuration c, Run r) {
        DeviceView s = r.state();
        int ring = r.top().ring();
        return switch (r.top().at()) {
            case DISCONNECT_STOP -> {
                Kthread k = s.ring(ring).xenblkd();
                if (!k.phase().gone() && !c.has(Mutant.KTHREAD_STOP_NOT_WAITING)) { // MUTANT kthread-stop-not-waiting
                    yield List.empty();
                }
                boolean busy = r.top().value() == 1;
                // Before 4.12 and since XSA-350 disconnect forgets the thread itself; in between only the thread did.
                boolean clears = (!has(Fix.KTHREAD_NO_REF) || has(Fix.XSA_350)) && !c.has(Hazard.DANGLING_XENBLKD);
                Ring x = s.ring(ring).with(k.reaped());
                Run returned = reaped(r.resumed(), "kthread_stop returns" + (clears ? "; xenblkd = NULL" : ""), X + "xen_blkif_disconnect",
                        s.withRing(ring, clears ? x.withXenblkdSet(false) : x));
                yield List.of(ringStopped(c, returned, ring, busy));
            }
            case DISCONNECT_WAIT -> s.blkif().refcnt() != 0 ? List.empty()
                    : List.of(disconnectRing(c, r.resumed().did("refcnt == 0: take it back, unbind irq, unmap ring", X + "xen_blkif_disconnect")
                            .with(s.with(s.blkif().get()).withRing(ring, s.ring(ring).withMapped(false).withActive(false))), ring + 1, false));
            case STATUS_STOP -> {
                if (!s.ring(ring).xenblkd().phase().gone()) {
                    yield List.empty();
                }
                yield List.of(stopLowerRings(c, reaped(r.resumed(), "kthread_stop returns" + ofRing(c, ring), X + "xen_update_blkif_status",
                        s.withRing(ring, s.ring(ring).with(s.ring(ring).xenblkd().reaped()))), ring + 1, r.top().value()));
            }
            case REMOVE_GOES_ON -> List.of(removeGoesOn(c, r.resumed()));
            case CLOSED_GOES_ON -> List.of(closedGoesOn(c, r.resumed()));
            case CLOSING_GOES_ON -> List.of(r.resumed().did("switch to Closing", X + "frontend_changed")
                    .with(s.with(s.visibility().switched(XenbusState.CLOSING))).ret());
            case CONNECT_GOES_ON -> connectGoesOn(c, r.resumed());
            case CONNECT_CLEANED_UP -> List.of(r.resumed().ret());
            default -> throw new IllegalStateException(id + " has no point " + r.top() + " on xenwatch");
        };
    }

    // ---- the deferred free, on the system work queue ----

    /**
     * xen_blkif_deferred_free -> xen_blkif_free: a last disconnect (nothing is in flight now), the
     * backing device released, backend_info (since 4.12) and the blkif freed, the module reference
     * dropped (since 5.5). A ring->xenblkd still set is stopped again: its task is long gone.
     */
    @Override
    public List<teardown.model.Successor> deferredFree(Configuration c, DeviceView s) {
        return WorkqueueSteps.xenBlkifFree(c, s, has(Fix.BE_FREED_WITH_BLKIF), has(Fix.DISCONNECT_EVERY_RING));
    }

    static String ofRing(Configuration c, int ring) {
        return c.rings() == 1 ? "" : " (ring " + ring + ")";
    }
}
