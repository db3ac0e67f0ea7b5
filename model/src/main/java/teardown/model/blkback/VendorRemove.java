package teardown.model.blkback;

import io.vavr.collection.List;
import teardown.model.Actor;
import teardown.model.Configuration;
import teardown.model.Mutant;
import teardown.model.Driver;
import teardown.model.Hazard;
import teardown.model.Step;
import teardown.model.Successor;
import teardown.model.DeviceView;
import teardown.model.xenbus.Xenwatch;
import teardown.model.xenbus.Xenwatch.Phase;

/**
 * The post's Xen 3.1.0 vendor blkback_remove on xenwatch, unpatched (docs/model/drivers.md#unpatched)
 * and patched (docs/model/drivers.md#patched): kthread_remove asks xenblkd to close; the patch then waits on be->wq until
 * xenblkd has drained; backend_release frees only on the last reference.
 */
public final class VendorRemove {

    private static final String XENBUS = "drivers/xen/blkback/xenbus.c ";
    private static final String REMOVE = XENBUS + "blkback_remove";

    private VendorRemove() {
    }

    public static List<Successor> steps(Configuration c, DeviceView s) {
        Xenwatch w = s.xenwatch();
        boolean patched = c.driver().equals(Driver.PATCHED);
        return switch (w.phase()) {
            case REMOVE_STARTED -> List.of(kthreadRemove(c, s, patched));
            case TAKING_DEV_SEM_EARLY -> s.devSem() != DevSem.FREE ? List.empty()
                    : List.of(new Successor(step("down(blkback_dev_sem) before the wait", REMOVE),
                            s.with(DevSem.HELD_BY_XENWATCH).with(w.withPhase(Phase.WAITING_FOR_XENBLKD))));
            case WAITING_FOR_XENBLKD -> s.blkif().xenblkd() && !c.has(Mutant.PATCH_WITHOUT_WAIT) ? List.empty() // MUTANT patch-without-wait
                    : List.of(s.devSem() == DevSem.HELD_BY_XENWATCH
                    ? new Successor(step("wait_event(be->wq, xenblkd == NULL) returns; delete sysfs interface, clear be->dev; up(blkback_dev_sem)", REMOVE),
                            s.with(DevSem.FREE).with(s.be().withoutDev()).with(w.withPhase(Phase.RELEASING_BACKEND)))
                    : new Successor(step("wait_event(be->wq, xenblkd == NULL) returns", REMOVE),
                            s.with(w.withPhase(Phase.TAKING_DEV_SEM))));
            case TAKING_DEV_SEM -> s.devSem() != DevSem.FREE ? List.empty()
                    : List.of(new Successor(step("down(blkback_dev_sem); xenvbd_sysfs_delif; clear driver_data and be->dev; up", REMOVE),
                            touchBe(s, s.with(s.be().withoutDev()).with(w.withPhase(Phase.RELEASING_BACKEND)))));
            case RELEASING_BACKEND -> List.of(release(s, w));
            case DRAINING -> s.blkif().refcnt() != 0 ? List.empty()
                    : List.of(new Successor(step("refcnt == 0: unmap ring; vbd_free, blkif_free, free be; remove returns",
                            "drivers/xen/blkback/interface.c blkif_disconnect; " + XENBUS + "backend_release"),
                            s.with(s.blkif().free()).with(s.be().free()).with(w.withPhase(Phase.DEVICE_DEL))));
            default -> throw new IllegalStateException("vendor blkback_remove has no phase " + w.phase());
        };
    }

    /**
     * The XenServer lineage's shutdown-request watch (modelled as the vendor tree's close request):
     * kthread_remove without removing the device, so be->dev stays set and blkback_close writes
     * shutdown-done once xenblkd has drained. xenwatch returns at once.
     */
    public static Successor shutdownRequest(Configuration c, DeviceView s) {
        if (!s.blkif().xenblkd()) {
            return new Successor(step("shutdown-request watch: kthread_remove: no thread, BAD REMOVE REQUEST", XENBUS + "kthread_remove"), s);
        }
        boolean patched = c.driver().equals(Driver.PATCHED);
        return new Successor(step("shutdown-request watch: kthread_remove: remove_requested = 1, wake xenblkd" + (patched ? "" : ", xenblkd = NULL"),
                XENBUS + "kthread_remove"),
                s.with(s.xenblkd().withRemoveRequested(true)).with(patched ? s.blkif() : s.blkif().withXenblkd(false)));
    }

    private static Successor kthreadRemove(Configuration c, DeviceView s, boolean patched) {
        Phase next = !patched ? Phase.TAKING_DEV_SEM
                : c.has(Hazard.DEV_SEM_ACROSS_WAIT) ? Phase.TAKING_DEV_SEM_EARLY : Phase.WAITING_FOR_XENBLKD;
        DeviceView after = s.with(s.xenwatch().withPhase(next));
        if (!s.blkif().xenblkd()) {
            return new Successor(step("kthread_remove: no thread, BAD REMOVE REQUEST", XENBUS + "kthread_remove"), touchBe(s, after));
        }
        // The unpatched kthread_remove also forgets the thread; the patch leaves that to blkback_close.
        Blkif blkif = patched ? s.blkif() : s.blkif().withXenblkd(false);
        return new Successor(step(patched ? "kthread_remove: remove_requested = 1, wake xenblkd"
                        : "kthread_remove: remove_requested = 1, wake xenblkd, xenblkd = NULL", XENBUS + "kthread_remove"),
                touchBe(s, after.with(s.xenblkd().withRemoveRequested(true)).with(blkif)));
    }

    private static Successor release(DeviceView s, Xenwatch w) {
        BackendInfo be = s.be().release();
        if (be.refcnt() > 0) {
            return new Successor(step("backend_release: not the last reference, return at once; remove returns", XENBUS + "backend_release"),
                    touchBe(s, s.with(be).with(w.withPhase(Phase.DEVICE_DEL))));
        }
        return new Successor(step("backend_release: last reference; blkif_disconnect drops its reference, waits for refcnt == 0",
                XENBUS + "backend_release; drivers/xen/blkback/interface.c blkif_disconnect"),
                touchBe(s, s.with(be).with(s.blkif().put()).with(w.withPhase(Phase.DRAINING))));
    }

    /** blkback_remove reads be from driver_data: if xenblkd already freed it, that is a use after free. */
    private static DeviceView touchBe(DeviceView before, DeviceView after) {
        return before.be().freed() ? after.withFault("blkback_remove uses backend_info after it was freed") : after;
    }

    private static Step step(String name, String source) {
        return new Step(Actor.XENWATCH, name, source);
    }
}
