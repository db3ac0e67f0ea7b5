package teardown.model.blkback;

import io.vavr.collection.List;
import teardown.model.Configuration;
import teardown.model.DeviceView;
import teardown.model.Driver;
import teardown.model.Failure;
import teardown.model.Mutant;
import teardown.model.kernel.Frame.WaitsFor;
import teardown.model.kernel.Run;
import teardown.model.xenbus.WatchEvent;
import teardown.model.xenbus.XenbusState;
import teardown.model.xenbus.XenwatchSteps;

/**
 * Stock linux-2.6.18-xen blkback (drivers/xen/blkback/ of linux-2.6.18-xen, docs/model/drivers.md#stock),
 * function by function: remove drains I/O on xenwatch. {@code reconnectFixed}: the 2010 changeset
 * ef9e715c419c, which makes frontend_changed(Connected) call the idempotent blkif_disconnect
 * before it connects, so a guest that re-enters Connected cannot make it start a second xenblkd
 * over the first (docs/model/history.md#reconnect-leak).
 */
@teardown.model.Api
public class StockBlkback implements Driver {

    static final String XENBUS = "drivers/xen/blkback/xenbus.c ";
    private static final String REMOVE = XENBUS + "blkback_remove";
    private static final String DISCONNECT = "drivers/xen/blkback/interface.c blkif_disconnect";
    /** blkif_disconnect: kthread_stop(xenblkd), waiting for the thread to exit. */
    public static final String KTHREAD_STOP = "blkif_disconnect: kthread_stop(xenblkd)";
    /** blkif_disconnect: wait_event(waiting_to_free, refcnt == 0). */
    public static final String WAIT_REFCNT = "blkif_disconnect: wait for refcnt == 0";
    static final String REMOVE_GOES_ON = "blkback_remove: blkif_disconnect returned";
    static final String CLOSING_GOES_ON = "frontend_changed(Closing): blkif_disconnect returned";
    static final String CONNECT_GOES_ON = "frontend_changed(Connected): blkif_disconnect returned";

    private final boolean reconnectFixed;

    public StockBlkback(boolean reconnectFixed) {
        this.reconnectFixed = reconnectFixed;
    }

    @Override
    public String id() {
        return reconnectFixed ? "stock-2010" : "stock";
    }

    @Override
    public String description() {
        return reconnectFixed ? "linux-2.6.18-xen blkback with ef9e715c419c (2010): frontend_changed(Connected) disconnects first"
                : "stock linux-2.6.18-xen blkback: remove drains I/O on xenwatch";
    }

    @Override
    public boolean kthreadHoldsBlkifRef() {
        return true;
    }

    @Override
    public String toString() {
        return id();
    }

    /** Variants are values: two are the same when they are the same class with the same id. */
    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((StockBlkback) o).id().equals(id());
    }

    @Override
    public int hashCode() {
        return id().hashCode();
    }

    // ---- the device comes up: blkback_probe, backend_changed, connect_ring, update_blkif_status ----

    @Override
    public List<Run> probe(Configuration c, Run r) {
        DeviceView s = r.state();
        DeviceView probed = s.with(new BackendInfo(1, true, true, false)).with(Blkif.alloc())
                .with(s.visibility().switched(XenbusState.INIT_WAIT));
        probed = probed.with(probed.xenwatch().enqueue(WatchEvent.PHYSICAL_DEVICE, s.index()));
        return List.of(r.did("blkback_probe: allocate backend_info, blkif_alloc (refcnt 1), watch physical-device, switch to InitWait",
                XENBUS + "blkback_probe; drivers/xen/blkback/interface.c blkif_alloc").with(probed).ret());
    }

    @Override
    public List<Run> backendChanged(Configuration c, Run r) {
        DeviceView s = r.state();
        if (!s.visibility().hotplugStatus() || s.blkif().vbdOpen()) {
            return List.of(r.did("backend_changed: nothing new in physical-device", XENBUS + "backend_changed").ret());
        }
        return updateBlkifStatus(c, r.did("backend_changed: vbd_create opens the backing device", XENBUS + "backend_changed; drivers/xen/blkback/vbd.c vbd_create")
                .with(s.with(s.blkif().withVbdOpen(true))));
    }

    /** connect_ring: blkif_map maps the ring and binds the irq, unless the irq is already bound ("Already connected through?"). */
    @teardown.model.Api
    protected List<Run> connectRing(Configuration c, Run r) {
        DeviceView s = r.state();
        Ring ring = s.ring(0);
        Run mapped = ring.mapped()
                ? r.did("connect_ring: blkif_map: irq already bound, keep the old ring", XENBUS + "connect_ring; drivers/xen/blkback/interface.c blkif_map")
                : r.did("connect_ring: blkif_map maps the ring, binds the irq", XENBUS + "connect_ring; drivers/xen/blkback/interface.c blkif_map")
                        .with(s.withRing(0, ring.withMapped(true).withActive(true)).with(s.blkif().withRingsAllocated(true)));
        if (ring.mapped() || !c.has(Failure.RING_MAP)) {
            return updateBlkifStatus(c, mapped);
        }
        // The error path: xenbus_dev_fatal switches the backend to Closing; frontend_changed breaks out.
        return updateBlkifStatus(c, mapped).append(r.did("connect_ring: blkif_map fails: xenbus_dev_fatal 'mapping ring-ref port', switch to Closing",
                XENBUS + "connect_ring; drivers/xen/blkback/interface.c blkif_map").with(s.with(s.visibility().switched(XenbusState.CLOSING))).ret());
    }

    /**
     * update_blkif_status: once the ring is mapped and the backing device open, connect() writes
     * Connected and kthread_run starts xenblkd, over whatever the pointer held: a thread still
     * running there is leaked.
     */
    @teardown.model.Api
    protected List<Run> updateBlkifStatus(Configuration c, Run r) {
        DeviceView s = r.state();
        Ring ring = s.ring(0);
        if (!ring.mapped() || !s.blkif().vbdOpen() || s.visibility().backendState() == XenbusState.CONNECTED) {
            return List.of(r.did("update_blkif_status: not ready, or already connected", XENBUS + "update_blkif_status").ret());
        }
        DeviceView connected = s.with(s.visibility().switched(XenbusState.CONNECTED));
        boolean leaks = ring.xenblkdSet() && !ring.xenblkd().phase().gone();
        Ring next = (leaks ? ring.withLeakedThread() : ring).with(Kthread.created()).withXenblkdSet(true);
        List<Run> started = List.of(r.did("update_blkif_status: connect() writes Connected; xenblkd = kthread_run(blkif_schedule)"
                        + (leaks ? " over the running thread, which is leaked" : ""), XENBUS + "update_blkif_status, connect")
                .with(connected.withRing(0, next)).ret());
        if (!c.has(Failure.KTHREAD_RUN)) {
            return started;
        }
        // The pointer is overwritten with the error, then cleared: a thread still running there is leaked all the same.
        Ring failed = (leaks ? ring.withLeakedThread() : ring).with(Kthread.none()).withXenblkdSet(false);
        return started.append(r.did("update_blkif_status: connect() writes Connected; kthread_run fails: xenblkd = NULL, xenbus_dev_error"
                        + (leaks ? "; the running thread is leaked" : ""), XENBUS + "update_blkif_status, connect")
                .with(connected.withRing(0, failed)).ret());
    }

    // ---- frontend_changed ----

    @Override
    public List<Run> frontendChanged(Configuration c, Run r, XenbusState frontend) {
        DeviceView s = r.state();
        XenbusState backend = s.visibility().backendState();
        String on = "frontend_changed(" + frontend.id() + "): ";
        return switch (frontend) {
            case INITIALISING -> List.of(backend == XenbusState.CLOSED
                    ? r.did(on + "backend Closed: switch to InitWait", XENBUS + "frontend_changed")
                            .with(s.with(s.visibility().switched(XenbusState.INIT_WAIT))).ret()
                    : r.did(on + "nothing to do", XENBUS + "frontend_changed").ret());
            case INITIALISED, CONNECTED -> backend == XenbusState.CONNECTED
                    ? List.of(r.did(on + "already connected, nothing to do", XENBUS + "frontend_changed").ret())
                    : reconnectFixed ? List.of(blkifDisconnect(c, r.did(on + "blkif_disconnect first (idempotent)", XENBUS + "frontend_changed")
                            .call(CONNECT_GOES_ON), false))
                    : connectRing(c, r.did(on + "connect", XENBUS + "frontend_changed"));
            case CLOSING -> List.of(blkifDisconnect(c, r.did(on + "disconnect first", XENBUS + "frontend_changed").call(CLOSING_GOES_ON), false));
            case CLOSED -> {
                Run closed = r.did(on + "switch to Closed", XENBUS + "frontend_changed").with(s.with(s.visibility().switched(XenbusState.CLOSED)));
                yield List.of(s.visibility().online() ? closed.ret()
                        : XenwatchSteps.deviceUnregister(c, closed.did("not online: device_unregister", "drivers/base/core.c device_unregister")));
            }
            case UNKNOWN -> List.of(XenwatchSteps.deviceUnregister(c, r.did("otherend_changed: frontend reads Unknown, device_unregister",
                    "drivers/xen/xenbus/xenbus_probe.c otherend_changed; " + XENBUS + "frontend_changed")));
            default -> List.of(r.did(on + "xenbus_dev_fatal: bad frontend state, switch to Closing", XENBUS + "frontend_changed")
                    .with(s.with(s.visibility().switched(XenbusState.CLOSING))).ret());
        };
    }

    // ---- blkif_disconnect and blkback_remove ----

    /**
     * blkif_disconnect: kthread_stop(xenblkd) if there is one, then drop its own reference and
     * wait, unbounded, for every other to go; then take it back, unbind the irq and unmap the ring.
     * Safe to call again: with no thread and nothing in flight it does not wait.
     */
    @teardown.model.Api
    protected Run blkifDisconnect(Configuration c, Run r, boolean fromRemove) {
        DeviceView s = r.state();
        Ring ring = s.ring(0);
        if (ring.xenblkdSet() && !ring.xenblkd().phase().gone()) {
            return r.did(fromRemove ? "blkback_remove: unregister backend watch; blkif_disconnect: kthread_stop(xenblkd)" : KTHREAD_STOP,
                            fromRemove ? REMOVE + "; " + DISCONNECT : DISCONNECT)
                    .with(s.withRing(0, ring.with(ring.xenblkd().stoppedBy()))).waitAt(KTHREAD_STOP, WaitsFor.THREAD_EXIT, 0);
        }
        return r.did((fromRemove ? "blkback_remove: " : "") + "blkif_disconnect drops its reference, waits for refcnt == 0", DISCONNECT)
                .with(s.with(s.blkif().put()).withRing(0, ring.withXenblkdSet(false))).waitAt(WAIT_REFCNT, WaitsFor.IN_FLIGHT, 0);
    }

    @Override
    public Run remove(Configuration c, Run r) {
        DeviceView s = r.state();
        return blkifDisconnect(c, r.with(s.with(s.xenwatch().purge(WatchEvent.PHYSICAL_DEVICE, s.index()))).call(REMOVE_GOES_ON), true);
    }

    @Override
    public List<Run> resume(Configuration c, Run r) {
        DeviceView s = r.state();
        Blkif b = s.blkif();
        Ring ring = s.ring(0);
        return switch (r.top().at()) {
            case KTHREAD_STOP -> !ring.xenblkd().phase().gone() ? List.empty()
                    : List.of(r.resumed().did("kthread_stop returns; blkif_disconnect drops its reference, waits for refcnt == 0", DISCONNECT)
                            .with(s.with(b.put()).withRing(0, ring.with(ring.xenblkd().reaped()).withXenblkdSet(false)))
                            .waitAt(WAIT_REFCNT, WaitsFor.IN_FLIGHT, 0));
            case WAIT_REFCNT -> b.refcnt() != 0 && !c.has(Mutant.STOCK_DRAIN_SKIPPED) ? List.empty() // MUTANT stock-drain-skipped
                    : List.of(r.resumed().did("refcnt == 0: unbind irq, unmap ring", DISCONNECT)
                            .with(s.with(b.get()).withRing(0, ring.withMapped(false))).ret());
            case REMOVE_GOES_ON -> List.of(r.resumed().did("vbd_free, blkif_free, free be; remove returns", REMOVE)
                    .with(s.with(b.put().free()).with(s.be().free())).ret());
            case CLOSING_GOES_ON -> List.of(r.resumed().did("switch to Closing", XENBUS + "frontend_changed")
                    .with(s.with(s.visibility().switched(XenbusState.CLOSING))).ret());
            case CONNECT_GOES_ON -> connectRing(c, r.resumed());
            default -> throw new IllegalStateException(id() + " has no point " + r.top() + " on xenwatch");
        };
    }
}
