package teardown.model.blkback;

import io.vavr.collection.List;
import teardown.model.Configuration;
import teardown.model.DeviceView;
import teardown.model.Mutant;
import teardown.model.kernel.Frame.WaitsFor;
import teardown.model.kernel.Run;

/**
 * Stock linux-2.6.18-xen blkback_remove on xenwatch (docs/model/drivers.md#stock): blkif_disconnect stops
 * xenblkd, then waits, unbounded, until every in-flight request has dropped its reference.
 */
public final class StockRemove {

    private static final String REMOVE = "drivers/xen/blkback/xenbus.c blkback_remove";
    private static final String DISCONNECT = "drivers/xen/blkback/interface.c blkif_disconnect";
    /** blkif_disconnect: kthread_stop(xenblkd), waiting for the thread to exit. */
    public static final String KTHREAD_STOP = "blkif_disconnect: kthread_stop(xenblkd)";
    /** blkif_disconnect: wait_event(waiting_to_free, refcnt == 0). */
    public static final String WAIT_REFCNT = "blkif_disconnect: wait for refcnt == 0";

    private StockRemove() {
    }

    public static Run remove(Configuration c, Run r) {
        DeviceView s = r.state();
        return s.blkif().xenblkd()
                ? r.did("blkback_remove: unregister backend watch; blkif_disconnect: kthread_stop(xenblkd)", REMOVE + "; " + DISCONNECT)
                        .with(s.with(s.xenblkd().withShouldStop(true))).waitAt(KTHREAD_STOP, WaitsFor.THREAD_EXIT, 0)
                : r.did("blkback_remove: blkif_disconnect drops its reference, waits for refcnt == 0", DISCONNECT)
                        .with(s.with(s.blkif().put())).waitAt(WAIT_REFCNT, WaitsFor.IN_FLIGHT, 0);
    }

    public static List<Run> resume(Configuration c, Run r) {
        DeviceView s = r.state();
        Blkif b = s.blkif();
        return switch (r.top().at()) {
            case KTHREAD_STOP -> s.xenblkd().phase() != Kthread.Phase.EXITED ? List.empty()
                    : List.of(r.resumed().did("kthread_stop returns; blkif_disconnect drops its reference, waits for refcnt == 0", DISCONNECT)
                            .with(s.with(b.withXenblkd(false).put())).waitAt(WAIT_REFCNT, WaitsFor.IN_FLIGHT, 0));
            case WAIT_REFCNT -> b.refcnt() != 0 && !c.has(Mutant.STOCK_DRAIN_SKIPPED) ? List.empty() // MUTANT stock-drain-skipped
                    : List.of(r.resumed().did("refcnt == 0: unbind irq, unmap ring; vbd_free, blkif_free, free be; remove returns",
                            DISCONNECT + "; " + REMOVE).with(s.with(b.free()).with(s.be().free())).ret());
            default -> throw new IllegalStateException("stock blkback_remove has no point " + r.top());
        };
    }
}
