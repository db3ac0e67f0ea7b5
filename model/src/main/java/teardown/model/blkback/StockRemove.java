package teardown.model.blkback;

import io.vavr.collection.List;
import teardown.model.Actor;
import teardown.model.Configuration;
import teardown.model.Mutant;
import teardown.model.Step;
import teardown.model.Successor;
import teardown.model.DeviceView;
import teardown.model.xenbus.Xenwatch;
import teardown.model.xenbus.Xenwatch.Phase;

/**
 * Stock linux-2.6.18-xen blkback_remove on xenwatch (docs/model/drivers.md#stock): blkif_disconnect stops
 * xenblkd, then waits, unbounded, until every in-flight request has dropped its reference.
 */
public final class StockRemove {

    private static final String REMOVE = "drivers/xen/blkback/xenbus.c blkback_remove";
    private static final String DISCONNECT = "drivers/xen/blkback/interface.c blkif_disconnect";

    private StockRemove() {
    }

    public static List<Successor> steps(Configuration c, DeviceView s) {
        Xenwatch w = s.xenwatch();
        Blkif b = s.blkif();
        return switch (w.phase()) {
            case REMOVE_STARTED -> b.xenblkd()
                    ? List.of(new Successor(step("blkback_remove: unregister backend watch; blkif_disconnect: kthread_stop(xenblkd)",
                            REMOVE + "; " + DISCONNECT),
                            s.with(s.xenblkd().withShouldStop(true)).with(w.withPhase(Phase.STOPPING_KTHREAD))))
                    : List.of(new Successor(step("blkback_remove: blkif_disconnect drops its reference, waits for refcnt == 0", DISCONNECT),
                            s.with(b.put()).with(w.withPhase(Phase.DRAINING))));
            case STOPPING_KTHREAD -> s.xenblkd().phase() != Kthread.Phase.EXITED ? List.empty()
                    : List.of(new Successor(step("kthread_stop returns; blkif_disconnect drops its reference, waits for refcnt == 0", DISCONNECT),
                            s.with(b.withXenblkd(false).put()).with(w.withPhase(Phase.DRAINING))));
            case DRAINING -> b.refcnt() != 0 && !c.has(Mutant.STOCK_DRAIN_SKIPPED) ? List.empty() // MUTANT stock-drain-skipped
                    : List.of(new Successor(step("refcnt == 0: unbind irq, unmap ring; vbd_free, blkif_free, free be; remove returns",
                            DISCONNECT + "; " + REMOVE),
                            s.with(b.free()).with(s.be().free()).with(w.withPhase(Phase.DEVICE_DEL))));
            default -> throw new IllegalStateException("stock blkback_remove has no phase " + w.phase());
        };
    }

    private static Step step(String name, String source) {
        return new Step(Actor.XENWATCH, name, source);
    }
}
