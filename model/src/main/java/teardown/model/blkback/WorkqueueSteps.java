package teardown.model.blkback;

import io.vavr.collection.List;
import teardown.model.Actor;
import teardown.model.Configuration;
import teardown.model.DeviceView;
import teardown.model.Mutant;
import teardown.model.Step;
import teardown.model.Successor;
import teardown.model.kernel.Module;

/**
 * The deferred free, queued by the last xen_blkif_put and run later on the system work queue
 * (xen_blkif_deferred_free -> xen_blkif_free), and the proposed driver's drained work.
 * See docs/model/drivers.md#upstream.
 */
public final class WorkqueueSteps {

    private static final String FREE = "drivers/block/xen-blkback/xenbus.c xen_blkif_deferred_free, xen_blkif_free";

    private WorkqueueSteps() {
    }

    public static List<Successor> steps(Configuration c, DeviceView s) {
        Blkif b = s.blkif();
        if (!(b.freeScheduled() || c.has(Mutant.FREE_BEFORE_LAST_PUT)) || !b.live()) { // MUTANT free-before-last-put
            return ProposedRemove.drainedWork(c, s);
        }
        return c.driver().deferredFree(c, s);
    }

    /**
     * xen_blkif_free: a last xen_blkif_disconnect (nothing is in flight any more: each ring still
     * mapped is unmapped, and a ring->xenblkd still set is stopped again, though its task is long
     * gone), the backing device released, backend_info freed here ({@code freesBe}, since 4.12;
     * before, remove had freed it and this disconnect unmaps through the freed be->dev), the blkif
     * freed and its module reference dropped.
     */
    public static List<Successor> xenBlkifFree(Configuration c, DeviceView s, boolean freesBe) {
        return xenBlkifFree(c, s, freesBe, false);
    }

    /**
     * @param skipsInactive the disconnect visits only rings still active (ring->active, since 4.12):
     *        a ring an earlier disconnect cleaned is skipped, whatever its xenblkd pointer holds
     */
    public static List<Successor> xenBlkifFree(Configuration c, DeviceView s, boolean freesBe, boolean skipsInactive) {
        boolean keepBe = c.has(Mutant.DEFERRED_FREE_KEEPS_BE); // MUTANT deferred-free-keeps-be
        String name = "xen_blkif_deferred_free: xen_blkif_disconnect again; free vbd, " + (freesBe && !keepBe ? "be and " : "") + "blkif";
        DeviceView freed = s.with(s.blkif().free()).with(freesBe && !keepBe ? s.be().free() : s.be());
        for (int r = 0; r < s.rings().size(); r++) {
            freed = freed.withRing(r, freed.ring(r).withMapped(false).withActive(false));
        }
        if (c.driver().closedByDeferredFree()) {
            name = "xen_blkif_deferred_free: nothing in flight, xenblkd gone: write state Closed; free vbd, be and blkif";
            freed = freed.with(freed.visibility().closed());
            // A device the toolstack took offline removes its own backend directory: the proposed
            // libxl leaves a draining backend's directory to it (docs/model/proposed.md, patch 5).
            if (c.driver().unregistersWhenDrained() && !s.visibility().online() && s.visibility().backendDir()) {
                name += "; offline: xenbus_rm the backend directory";
                freed = freed.with(freed.visibility().backendDirRemoved()).with(freed.xenwatch().enqueue(teardown.model.xenbus.WatchEvent.BACKEND_GONE, s.index()));
            }
        }
        Step step = new Step(Actor.WORKQUEUE, name, c.driver().closedByDeferredFree() ? "drivers/block/xen-blkback/xenbus.c xen_blkif_deferred_free (proposed)" : FREE);
        return List.of(new Successor(step, faults(c, s, freed, skipsInactive)));
    }

    /** What the free trips over: a dangling ring->xenblkd (XSA-350), a be already freed by remove, or an unloaded module. */
    private static DeviceView faults(Configuration c, DeviceView s, DeviceView freed, boolean skipsInactive) {
        if (s.rings().exists(r -> (r.active() || !skipsInactive) && r.xenblkdSet() && r.xenblkd().phase() == Kthread.Phase.REAPED)) {
            return freed.withFault("xen_blkif_disconnect calls kthread_stop on an exited xenblkd (dangling ring->xenblkd)");
        }
        if (s.rings().exists(Ring::mapped) && s.be().freed()) {
            return freed.withFault("xen_blkif_disconnect unmaps the ring through be->dev after remove freed be");
        }
        if (s.shared().module() == Module.UNLOADED) {
            return freed.withFault("the deferred free runs after the module was unloaded (its code and blkif cache gone)");
        }
        return freed;
    }
}
