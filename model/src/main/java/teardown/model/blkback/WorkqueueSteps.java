package teardown.model.blkback;

import io.vavr.collection.List;
import teardown.model.Actor;
import teardown.model.Configuration;
import teardown.model.Mutant;
import teardown.model.Step;
import teardown.model.Successor;
import teardown.model.DeviceView;

/**
 * Upstream's deferred free, queued by the last xen_blkif_put and run later on a work queue.
 * See docs/model/drivers.md#upstream.
 */
public final class WorkqueueSteps {

    private WorkqueueSteps() {
    }

    public static List<Successor> steps(Configuration c, DeviceView s) {
        Blkif b = s.blkif();
        if (!(b.freeScheduled() || c.has(Mutant.FREE_BEFORE_LAST_PUT)) || b.freed()) { // MUTANT free-before-last-put
            return ProposedRemove.drainedWork(c, s);
        }
        Step step = new Step(Actor.WORKQUEUE, "xen_blkif_deferred_free: xen_blkif_disconnect again; free vbd, be and blkif",
                "drivers/block/xen-blkback/xenbus.c xen_blkif_deferred_free, xen_blkif_free");
        DeviceView freed = s.with(b.free()).with(c.has(Mutant.DEFERRED_FREE_KEEPS_BE) ? s.be() : s.be().free()); // MUTANT deferred-free-keeps-be
        if (c.driver().closedByDeferredFree()) {
            step = new Step(Actor.WORKQUEUE, "xen_blkif_deferred_free: nothing in flight, xenblkd gone: write state Closed; free vbd, be and blkif",
                    "drivers/block/xen-blkback/xenbus.c xen_blkif_deferred_free (proposed)");
            freed = freed.with(freed.visibility().closed());
        }
        // A pointer left set by an earlier disconnect is stopped again here: the thread is long gone (XSA-350).
        return List.of(new Successor(step, b.xenblkd()
                ? freed.withFault("xen_blkif_disconnect calls kthread_stop on an exited xenblkd (dangling ring->xenblkd)")
                : freed));
    }
}
