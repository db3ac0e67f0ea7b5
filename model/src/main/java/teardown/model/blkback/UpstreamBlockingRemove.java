package teardown.model.blkback;

import io.vavr.collection.List;
import teardown.model.Actor;
import teardown.model.Configuration;
import teardown.model.Step;
import teardown.model.Successor;
import teardown.model.DeviceView;
import teardown.model.xenbus.Xenwatch;
import teardown.model.xenbus.Xenwatch.Phase;

/**
 * xen_blkbk_remove of Linux 3.0–3.15 on xenwatch (before the 3.16 change "xen-blkback: defer freeing blkif to avoid blocking xenwatch"): xen_blkif_disconnect stops
 * xenblkd, drops its reference and waits, unbounded, on waiting_to_free until refcnt == 0; then
 * remove frees vbd and blkif. The 2008 patch's shape: Closed after the drain, xenwatch blocked meanwhile.
 */
public final class UpstreamBlockingRemove {

    private static final String XENBUS = "drivers/block/xen-blkback/xenbus.c ";

    private UpstreamBlockingRemove() {
    }

    public static List<Successor> steps(Configuration c, DeviceView s) {
        Xenwatch w = s.xenwatch();
        Blkif b = s.blkif();
        return switch (w.phase()) {
            case REMOVE_STARTED -> List.of(new Successor(
                    step("xen_blkbk_remove: xen_blkif_disconnect: kthread_stop(xenblkd)", XENBUS + "xen_blkbk_remove, xen_blkif_disconnect"),
                    s.with(s.xenblkd().withShouldStop(b.xenblkd() || s.xenblkd().shouldStop())).with(w.withPhase(Phase.STOPPING_KTHREAD))));
            case STOPPING_KTHREAD -> s.xenblkd().phase() != Kthread.Phase.EXITED ? List.empty()
                    : List.of(new Successor(step("kthread_stop returns; xenblkd = NULL; drop own reference, wait_event(waiting_to_free, refcnt == 0)",
                            XENBUS + "xen_blkif_disconnect"),
                            s.with(b.withXenblkd(false).put()).with(w.withPhase(Phase.DRAINING))));
            case DRAINING -> b.refcnt() != 0 ? List.empty()
                    : List.of(new Successor(step("refcnt == 0: unbind irq, unmap ring; xen_vbd_free, xen_blkif_free, kfree(be); remove returns",
                            XENBUS + "xen_blkif_disconnect, xen_blkbk_remove"),
                            s.with(b.free()).with(s.be().free()).with(w.withPhase(Phase.DEVICE_DEL))));
            default -> throw new IllegalStateException("upstream-blocking xen_blkbk_remove has no phase " + w.phase());
        };
    }

    private static Step step(String name, String source) {
        return new Step(Actor.XENWATCH, name, source);
    }
}
