package teardown.model.blkback;

/**
 * One of the blkif's rings (struct xen_blkif_ring; one per queue the frontend asked for with
 * multi-queue-num-queues): the guest's requests on it, its xenblkd thread, and what of it is set
 * up. {@code xenblkdSet} is the ring->xenblkd pointer, which is not a reference on the task;
 * {@code mapped} is the shared ring mapped with its event channel bound to an irq (xen_blkif_map
 * does both, xen_blkif_disconnect undoes both); {@code active} is a ring allocated and not yet
 * cleaned up by a disconnect (ring->active since 4.12; before it, the ring's blkif reference);
 * {@code leaked} counts threads still running whose pointer a second kthread_run overwrote (the
 * 2.6.18 reconnect leak): nobody can stop them, and each holds its blkif reference. The model lets
 * the thread the pointer names serve the ring; a leaked thread only sleeps and holds its reference.
 * See docs/model/actors.md#rings.
 */
@teardown.model.Api
public record Ring(Requests requests, Kthread xenblkd, boolean xenblkdSet, boolean mapped, boolean active, int leaked) {

    public Ring(Requests requests, Kthread xenblkd, boolean xenblkdSet, boolean mapped, boolean active) {
        this(requests, xenblkd, xenblkdSet, mapped, active, 0);
    }

    /** A ring serving requests: mapped, its thread running and pointed at. */
    public static Ring connected(Requests r) {
        return new Ring(r, Kthread.running(), true, true, true);
    }

    /** A ring not allocated yet (before connect_ring). */
    public static Ring none() {
        return new Ring(Requests.none(), Kthread.none(), false, false, false);
    }

    public Ring with(Requests r) {
        return new Ring(r, xenblkd, xenblkdSet, mapped, active, leaked);
    }

    public Ring with(Kthread k) {
        return new Ring(requests, k, xenblkdSet, mapped, active, leaked);
    }

    public Ring withXenblkdSet(boolean b) {
        return new Ring(requests, xenblkd, b, mapped, active, leaked);
    }

    public Ring withMapped(boolean b) {
        return new Ring(requests, xenblkd, xenblkdSet, b, active, leaked);
    }

    public Ring withActive(boolean b) {
        return new Ring(requests, xenblkd, xenblkdSet, mapped, b, leaked);
    }

    /** kthread_run over a pointer whose thread still runs: that thread is leaked. */
    public Ring withLeakedThread() {
        return new Ring(requests, xenblkd, xenblkdSet, mapped, active, leaked + 1);
    }
}
