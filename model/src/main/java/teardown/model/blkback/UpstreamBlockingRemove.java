package teardown.model.blkback;

import io.vavr.collection.List;
import teardown.model.Configuration;
import teardown.model.DeviceView;
import teardown.model.kernel.Frame.WaitsFor;
import teardown.model.kernel.Run;

/**
 * xen_blkbk_remove of Linux 3.0–3.15 on xenwatch (before the 3.16 change "xen-blkback: defer freeing blkif to avoid blocking xenwatch"): xen_blkif_disconnect stops
 * xenblkd, drops its reference and waits, unbounded, on waiting_to_free until refcnt == 0; then
 * remove frees vbd and blkif. The 2008 patch's shape: Closed after the drain, xenwatch blocked meanwhile.
 */
public final class UpstreamBlockingRemove {

    private static final String XENBUS = "drivers/block/xen-blkback/xenbus.c ";
    public static final String KTHREAD_STOP = "xen_blkif_disconnect: kthread_stop(xenblkd)";
    public static final String WAIT_REFCNT = "xen_blkif_disconnect: wait_event(waiting_to_free, refcnt == 0)";

    private UpstreamBlockingRemove() {
    }

    public static Run remove(Configuration c, Run r) {
        DeviceView s = r.state();
        return r.did("xen_blkbk_remove: xen_blkif_disconnect: kthread_stop(xenblkd)", XENBUS + "xen_blkbk_remove, xen_blkif_disconnect")
                .with(s.with(s.xenblkd().withShouldStop(s.blkif().xenblkd() || s.xenblkd().shouldStop())))
                .waitAt(KTHREAD_STOP, WaitsFor.THREAD_EXIT, 0);
    }

    public static List<Run> resume(Configuration c, Run r) {
        DeviceView s = r.state();
        Blkif b = s.blkif();
        return switch (r.top().at()) {
            case KTHREAD_STOP -> s.xenblkd().phase() != Kthread.Phase.EXITED ? List.empty()
                    : List.of(r.resumed().did("kthread_stop returns; xenblkd = NULL; drop own reference, wait_event(waiting_to_free, refcnt == 0)",
                            XENBUS + "xen_blkif_disconnect").with(s.with(b.withXenblkd(false).put())).waitAt(WAIT_REFCNT, WaitsFor.IN_FLIGHT, 0));
            case WAIT_REFCNT -> b.refcnt() != 0 ? List.empty()
                    : List.of(r.resumed().did("refcnt == 0: unbind irq, unmap ring; xen_vbd_free, xen_blkif_free, kfree(be); remove returns",
                            XENBUS + "xen_blkif_disconnect, xen_blkbk_remove").with(s.with(b.free()).with(s.be().free())).ret());
            default -> throw new IllegalStateException("upstream-blocking xen_blkbk_remove has no point " + r.top());
        };
    }
}
