package teardown.model.blkback;

/**
 * The blkif (struct xen_blkif): its reference count, and where it is in its life. {@code
 * allocated}: xen_blkif_alloc has run (at probe); {@code ringsAllocated}: connect_ring has set up
 * the rings (blkif->rings, freed again by a disconnect that left no ring busy, since 4.6);
 * {@code vbdOpen}: the backing block device is open (xen_vbd_create, released by xen_vbd_free);
 * {@code freeScheduled}: the last xen_blkif_put queued the deferred free (since 3.16);
 * {@code freed}: the blkif is gone. The rings and their threads are {@link Ring}s of the device.
 * See docs/model/actors.md#blkif.
 */
@teardown.model.Api
public record Blkif(int refcnt, boolean allocated, boolean ringsAllocated, boolean vbdOpen, boolean freeScheduled, boolean freed) {

    /** A connected device's blkif with {@code refcnt} references. */
    public static Blkif connected(int refcnt) {
        return new Blkif(refcnt, true, true, true, false, false);
    }

    /** Before xen_blkif_alloc (a device not probed yet). */
    public static Blkif none() {
        return new Blkif(0, false, false, false, false, false);
    }

    /** xen_blkif_alloc: one reference, for the backend's own use. */
    public static Blkif alloc() {
        return new Blkif(1, true, false, false, false, false);
    }

    public Blkif get() {
        return new Blkif(refcnt + 1, allocated, ringsAllocated, vbdOpen, freeScheduled, freed);
    }

    public Blkif put() {
        return new Blkif(refcnt - 1, allocated, ringsAllocated, vbdOpen, freeScheduled, freed);
    }

    public Blkif withRingsAllocated(boolean b) {
        return new Blkif(refcnt, allocated, b, vbdOpen, freeScheduled, freed);
    }

    public Blkif withVbdOpen(boolean b) {
        return new Blkif(refcnt, allocated, ringsAllocated, b, freeScheduled, freed);
    }

    public Blkif scheduleFree() {
        return new Blkif(refcnt, allocated, ringsAllocated, vbdOpen, true, freed);
    }

    /** The blkif is freed; its backing device was released first (xen_vbd_free). */
    public Blkif free() {
        return new Blkif(refcnt, allocated, false, false, false, true);
    }

    /** Allocated and not freed. */
    public boolean live() {
        return allocated && !freed;
    }
}
