package teardown.model.blkback;

import io.vavr.collection.List;
import teardown.model.Configuration;
import teardown.model.DeviceView;
import teardown.model.Hazard;
import teardown.model.Mutant;
import teardown.model.kernel.Frame.WaitsFor;
import teardown.model.kernel.Run;

/**
 * Upstream xen_blkbk_remove on xenwatch (docs/model/drivers.md#upstream): stop the thread, disconnect (which
 * returns -EBUSY and leaves the ring mapped while requests are in flight), drop the allocation
 * reference and return. xenwatch never waits for I/O; the last reference schedules the free.
 */
public final class UpstreamRemove {

    private static final String XENBUS = "drivers/block/xen-blkback/xenbus.c ";
    public static final String KTHREAD_STOP = "xen_blkif_disconnect: kthread_stop(xenblkd)";

    private UpstreamRemove() {
    }

    public static Run remove(Configuration c, Run r) {
        DeviceView s = r.state();
        return r.did("xen_blkbk_remove: remove sysfs attributes, unregister watch; xen_blkif_disconnect: kthread_stop(xenblkd)",
                        XENBUS + "xen_blkbk_remove; " + XENBUS + "xen_blkif_disconnect")
                .with(s.with(s.xenblkd().withShouldStop(s.blkif().xenblkd() || s.xenblkd().shouldStop())))
                .waitAt(KTHREAD_STOP, WaitsFor.THREAD_EXIT, 0);
    }

    public static List<Run> resume(Configuration c, Run r) {
        if (!r.top().at().equals(KTHREAD_STOP)) {
            throw new IllegalStateException("upstream xen_blkbk_remove has no point " + r.top());
        }
        boolean exited = r.state().xenblkd().phase() == Kthread.Phase.EXITED;
        return !exited && !c.has(Mutant.KTHREAD_STOP_NOT_WAITING) ? List.empty() // MUTANT kthread-stop-not-waiting
                : List.of(disconnectAndPut(c, r.resumed()));
    }

    private static Run disconnectAndPut(Configuration c, Run r) {
        DeviceView s = r.state();
        boolean busy = s.requests().inFlight() > 0 && !c.has(Mutant.UPSTREAM_IGNORES_BUSY); // MUTANT upstream-ignores-busy
        Blkif b = c.has(Hazard.DANGLING_XENBLKD) ? s.blkif() : s.blkif().withXenblkd(false);
        if (!busy) {
            b = b.unmapRing();
        }
        // The historic fault: the early -EBUSY return skipped the put that balances the allocation.
        boolean leak = busy && c.has(Hazard.EBUSY_REF_LEAK);
        if (!leak) {
            b = b.put();
            if (b.refcnt() == 0) {
                b = b.scheduleFree();
            }
        }
        String name = (busy ? "kthread_stop returns; xen_blkif_disconnect returns -EBUSY, ring left mapped"
                : "kthread_stop returns; xen_blkif_disconnect unmaps the ring")
                + (leak ? "; reference not dropped" : "; xen_blkif_put") + "; remove returns";
        return r.did(name, XENBUS + "xen_blkif_disconnect; " + XENBUS + "xen_blkbk_remove").with(s.with(b)).ret();
    }
}
