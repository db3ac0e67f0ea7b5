package teardown.model.blkback;

import io.vavr.collection.List;
import teardown.model.Actor;
import teardown.model.Configuration;
import teardown.model.Mutant;
import teardown.model.Hazard;
import teardown.model.Step;
import teardown.model.Successor;
import teardown.model.DeviceView;
import teardown.model.xenbus.Xenwatch;
import teardown.model.xenbus.Xenwatch.Phase;

/**
 * Upstream xen_blkbk_remove on xenwatch (docs/model/drivers.md#upstream): stop the thread, disconnect (which
 * returns -EBUSY and leaves the ring mapped while requests are in flight), drop the allocation
 * reference and return. xenwatch never waits for I/O; the last reference schedules the free.
 */
public final class UpstreamRemove {

    private static final String XENBUS = "drivers/block/xen-blkback/xenbus.c ";

    private UpstreamRemove() {
    }

    public static List<Successor> steps(Configuration c, DeviceView s) {
        Xenwatch w = s.xenwatch();
        return switch (w.phase()) {
            case REMOVE_STARTED -> List.of(new Successor(
                    step("xen_blkbk_remove: remove sysfs attributes, unregister watch; xen_blkif_disconnect: kthread_stop(xenblkd)",
                            XENBUS + "xen_blkbk_remove; " + XENBUS + "xen_blkif_disconnect"),
                    s.with(s.xenblkd().withShouldStop(s.blkif().xenblkd() || s.xenblkd().shouldStop()))
                            .with(w.withPhase(Phase.STOPPING_KTHREAD))));
            case STOPPING_KTHREAD -> s.xenblkd().phase() != Kthread.Phase.EXITED && !c.has(Mutant.KTHREAD_STOP_NOT_WAITING) ? List.empty() // MUTANT kthread-stop-not-waiting
                    : List.of(disconnectAndPut(c, s, w));
            default -> throw new IllegalStateException("upstream xen_blkbk_remove has no phase " + w.phase());
        };
    }

    private static Successor disconnectAndPut(Configuration c, DeviceView s, Xenwatch w) {
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
        return new Successor(step(name, XENBUS + "xen_blkif_disconnect; " + XENBUS + "xen_blkbk_remove"),
                s.with(b).with(w.withPhase(Phase.DEVICE_DEL)));
    }

    private static Step step(String name, String source) {
        return new Step(Actor.XENWATCH, name, source);
    }
}
