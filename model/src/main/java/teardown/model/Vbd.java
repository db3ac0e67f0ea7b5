package teardown.model;

import io.vavr.collection.Array;
import teardown.model.blkback.Kthread;
import teardown.model.blkback.BackendInfo;
import teardown.model.blkback.Blkif;
import teardown.model.blkback.Ring;
import teardown.model.guest.Blkfront;
import teardown.model.guest.GuestHistory;
import teardown.model.hotplug.Visibility;

/**
 * One virtual block device of the guest, as blkback sees it: its rings (each with the guest's
 * requests and its own xenblkd), its blkif and backend_info, what xenstore and sysfs show of it,
 * the guest's blkfront, and the guest's history on its disk. {@code removes} counts the driver's
 * remove calls started on it; {@code frontendReconnected} is the one-shot reconnect of hazard
 * reconnect-during-remove. Every device has its own; xenwatch, blkback_dev_sem and the toolstack
 * are shared. See docs/model/actors.md#actors.
 */
@Api
public record Vbd(Array<Ring> rings, Blkif blkif, BackendInfo be, Visibility visibility, Blkfront frontend,
                  GuestHistory history, int removes, boolean frontendReconnected) {

    public Ring ring(int r) {
        return rings.get(r);
    }

    public Vbd withRing(int r, Ring ring) {
        return new Vbd(rings.update(r, ring), blkif, be, visibility, frontend, history, removes, frontendReconnected);
    }

    public Vbd withRings(Array<Ring> rs) {
        return new Vbd(rs, blkif, be, visibility, frontend, history, removes, frontendReconnected);
    }

    public Vbd with(Blkif b) {
        return new Vbd(rings, b, be, visibility, frontend, history, removes, frontendReconnected);
    }

    public Vbd with(BackendInfo b) {
        return new Vbd(rings, blkif, b, visibility, frontend, history, removes, frontendReconnected);
    }

    public Vbd with(Visibility v) {
        return new Vbd(rings, blkif, be, v, frontend, history, removes, frontendReconnected);
    }

    public Vbd with(Blkfront f) {
        return new Vbd(rings, blkif, be, visibility, f, history, removes, frontendReconnected);
    }

    public Vbd with(GuestHistory h) {
        return new Vbd(rings, blkif, be, visibility, frontend, h, removes, frontendReconnected);
    }

    /** device_unregister ran the driver's remove on this device once more. */
    public Vbd removeStarted() {
        return new Vbd(rings, blkif, be, visibility, frontend, history, removes + 1, frontendReconnected);
    }

    public Vbd reconnected() {
        return new Vbd(rings, blkif, be, visibility, frontend, history, removes, true);
    }

    // ---- what the properties observe ----

    /**
     * Ring {@code r}'s xenblkd may still submit a request: it is in its loop and the ring is not
     * empty. The 2.6.18-era do_block_io_op does not check kthread_should_stop, so a stopped thread
     * still empties the ring once; xen-blkback's __do_block_io_op stops consuming as soon as it is set.
     */
    public boolean canStillSubmit(Driver driver, int r) {
        Ring ring = ring(r);
        return ring.xenblkd().phase().inLoop() && ring.requests().onRing() > 0
                && !(driver.stopsConsumingOnStop() && ring.xenblkd().shouldStop());
    }

    /**
     * The device serves its guest: the backend reads Connected and every ring is mapped, with a
     * thread that is started or in its loop (a dead disk's thread, stuck in submit_bio, counts:
     * the backend serves, the disk does not) and that nobody asked to stop.
     */
    public boolean serving() {
        return visibility.backendDir() && visibility.backendState() == teardown.model.xenbus.XenbusState.CONNECTED
                && rings.forAll(r -> r.mapped() && serving(r.xenblkd()));
    }

    private static boolean serving(Kthread t) {
        Kthread.Phase p = t.phase();
        return (p == Kthread.Phase.CREATED || p.inLoop() || p == Kthread.Phase.BLOCKED_IN_SUBMIT_BIO)
                && !t.shouldStop() && !t.removeRequested();
    }

    /** No source request of this device is in flight and none can still be submitted, on any ring. */
    public boolean ioDone(Driver driver) {
        for (int r = 0; r < rings.size(); r++) {
            if (ring(r).requests().inFlight() > 0 || canStillSubmit(driver, r)) {
                return false;
            }
        }
        return true;
    }

    /** Requests in flight on the disk, on every ring. */
    public int inFlight() {
        return rings.map(x -> x.requests().inFlight()).sum().intValue();
    }

    /** Requests the guest issued and has not seen answered, on every ring. */
    public int outstanding() {
        return rings.map(x -> x.requests().outstanding()).sum().intValue();
    }

    /**
     * The backend's own footprint says the device is gone: its sysfs device removed, its backend
     * directory removed by the hotplug cleanup that follows remove, or shutdown-done written. A
     * directory the toolstack deleted itself is not the backend vanishing; what the toolstack then
     * does with its missing evidence is no-unleash-before-io-done's business.
     */
    public boolean evidenceSaysGone() {
        Visibility v = visibility;
        return (!v.backendDir() && !v.deletedByToolstack()) || !v.sysfsDevice() || v.shutdownDone();
    }

    /** The backend's state node reads Closed (the evidence today's toolstacks read; docs/model/todays-stacks.md). */
    public boolean backendClosed() {
        return visibility.backendDir() && visibility.backendState() == teardown.model.xenbus.XenbusState.CLOSED;
    }

    /** Every thread has exited, the blkif and backend_info are freed and udev has handled the remove. */
    public boolean released() {
        return rings.forAll(x -> x.xenblkd().phase().gone() || x.xenblkd().phase() == teardown.model.blkback.Kthread.Phase.NONE)
                && !blkif.live() && !be.live() && visibility.uevent() != Visibility.Uevent.PENDING;
    }
}
