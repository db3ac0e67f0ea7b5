package teardown.model.blkback;

import io.vavr.collection.List;
import teardown.model.Configuration;
import teardown.model.DeviceView;
import teardown.model.Driver;
import teardown.model.Hazard;
import teardown.model.Mutant;
import teardown.model.kernel.Frame.WaitsFor;
import teardown.model.kernel.Run;

/**
 * The post's Xen 3.1.0 vendor blkback_remove on xenwatch, unpatched (docs/model/drivers.md#unpatched)
 * and patched (docs/model/drivers.md#patched): kthread_remove asks xenblkd to close; the patch then waits on be->wq until
 * xenblkd has drained; backend_release frees only on the last reference.
 */
@teardown.model.Api
public final class VendorRemove {

    private static final String XENBUS = "drivers/xen/blkback/xenbus.c ";
    private static final String REMOVE = XENBUS + "blkback_remove";
    /** hazard dev-sem-across-wait: down(blkback_dev_sem) before the wait. */
    public static final String DEV_SEM_EARLY = "blkback_remove: down(blkback_dev_sem) before the wait";
    /** the patch's wait_event(be->wq, be->blkif->xenblkd == NULL). */
    public static final String WAIT_XENBLKD = "blkback_remove: wait_event(be->wq, xenblkd == NULL)";
    /** down(blkback_dev_sem), delete the sysfs interface, clear driver_data and be->dev. */
    public static final String DEV_SEM = "blkback_remove: down(blkback_dev_sem)";
    /** backend_release(be). */
    public static final String RELEASE = "blkback_remove: backend_release(be)";
    /** blkif_disconnect: waiting, unbounded, for blkif refcnt == 0. */
    public static final String WAIT_REFCNT = "backend_release: blkif_disconnect waits for refcnt == 0";

    private VendorRemove() {
    }

    /** A point of blkback_remove's own. */
    static boolean isOwnPoint(String at) {
        return at.equals(DEV_SEM_EARLY) || at.equals(WAIT_XENBLKD) || at.equals(DEV_SEM) || at.equals(RELEASE) || at.equals(WAIT_REFCNT);
    }

    public static Run remove(Configuration c, Run r) {
        DeviceView s = r.state();
        boolean patched = ((VendorBlkback) c.driver()).patched();
        Run next = !s.ring().xenblkdSet()
                ? r.did("kthread_remove: no thread, BAD REMOVE REQUEST", XENBUS + "kthread_remove")
                // The unpatched kthread_remove also forgets the thread; the patch leaves that to blkback_close.
                : r.did(patched ? "kthread_remove: remove_requested = 1, wake xenblkd" : "kthread_remove: remove_requested = 1, wake xenblkd, xenblkd = NULL",
                        XENBUS + "kthread_remove")
                        .with(withKthreadRemoved(s, patched));
        next = touchBe(s, next);
        return !patched ? next.yieldTo(DEV_SEM)
                : c.has(Hazard.DEV_SEM_ACROSS_WAIT) ? next.waitAt(DEV_SEM_EARLY, WaitsFor.SEMAPHORE, 0)
                : ((VendorBlkback) c.driver()).waitForXenblkd(c, next);
    }

    /** The patch's wait_event(be->wq, be->blkif->xenblkd == NULL): unbounded. */
    static Run waitForXenblkd(Run r) {
        return r.waitAt(WAIT_XENBLKD, WaitsFor.THREAD_SIGNAL, 0);
    }

    /**
     * blkback_remove after the patch's wait has returned (with a did() for how it returned): with
     * blkback_dev_sem already held (hazard dev-sem-across-wait), delete the sysfs interface, clear
     * be->dev and up the semaphore; else wait for the semaphore. Then backend_release.
     */
    @teardown.model.Api
    public static Run afterWait(Configuration c, Run r) {
        DeviceView s = r.state();
        return s.devSem() == DevSem.HELD_BY_XENWATCH
                ? r.did("delete sysfs interface, clear be->dev; up(blkback_dev_sem)", REMOVE).with(s.with(DevSem.FREE).with(s.be().withoutDev()))
                        .yieldTo(RELEASE)
                : r.waitAt(DEV_SEM, WaitsFor.SEMAPHORE, 0);
    }

    /** Goes on in blkback_remove; empty for a point that is not remove's (the caller then asks the stock code). */
    public static List<Run> resume(Configuration c, Run r) {
        DeviceView s = r.state();
        return switch (r.top().at()) {
            case DEV_SEM_EARLY -> s.devSem() != DevSem.FREE ? List.empty()
                    : List.of(((VendorBlkback) c.driver()).waitForXenblkd(c,
                            r.resumed().did("down(blkback_dev_sem) before the wait", REMOVE).with(s.with(DevSem.HELD_BY_XENWATCH))));
            case WAIT_XENBLKD -> s.ring().xenblkdSet() && !c.has(Mutant.PATCH_WITHOUT_WAIT) ? List.empty() // MUTANT patch-without-wait
                    : List.of(afterWait(c, r.resumed().did("wait_event(be->wq, xenblkd == NULL) returns", REMOVE)));
            case DEV_SEM -> s.devSem() != DevSem.FREE ? List.empty()
                    : List.of(touchBe(s, r.resumed().did("down(blkback_dev_sem); xenvbd_sysfs_delif; clear driver_data and be->dev; up", REMOVE)
                            .with(s.with(s.be().withoutDev()))).yieldTo(RELEASE));
            case RELEASE -> List.of(release(r.resumed()));
            case WAIT_REFCNT -> s.blkif().refcnt() != 0 ? List.empty()
                    : List.of(r.resumed().did("refcnt == 0: unmap ring; vbd_free, blkif_free, free be; remove returns",
                            "drivers/xen/blkback/interface.c blkif_disconnect; " + XENBUS + "backend_release")
                            .with(s.with(s.blkif().free()).with(s.be().free()).with(s.ring().withMapped(false))).ret());
            default -> List.empty();
        };
    }

    /**
     * The XenServer lineage's shutdown-request watch (modelled as the vendor tree's close request):
     * kthread_remove without removing the device, so be->dev stays set and blkback_close writes
     * shutdown-done once xenblkd has drained. xenwatch returns at once.
     */
    public static Run shutdownRequest(Configuration c, Run r) {
        DeviceView s = r.state();
        if (!s.ring().xenblkdSet()) {
            return r.did("shutdown-request watch: kthread_remove: no thread, BAD REMOVE REQUEST", XENBUS + "kthread_remove").ret();
        }
        boolean patched = ((VendorBlkback) c.driver()).patched();
        return r.did("shutdown-request watch: kthread_remove: remove_requested = 1, wake xenblkd" + (patched ? "" : ", xenblkd = NULL"),
                        XENBUS + "kthread_remove")
                .with(withKthreadRemoved(s, patched)).ret();
    }

    /** kthread_remove: remove_requested = 1, wake xenblkd; unpatched it also forgets the thread. */
    private static DeviceView withKthreadRemoved(DeviceView s, boolean patched) {
        DeviceView asked = s.with(s.xenblkd().withRemoveRequested(true));
        return patched ? asked : asked.with(asked.ring().withXenblkdSet(false));
    }

    private static Run release(Run r) {
        DeviceView s = r.state();
        BackendInfo be = s.be().release();
        if (be.refcnt() > 0) {
            return touchBe(s, r.did("backend_release: not the last reference, return at once; remove returns", XENBUS + "backend_release")
                    .with(s.with(be))).ret();
        }
        return touchBe(s, r.did("backend_release: last reference; blkif_disconnect drops its reference, waits for refcnt == 0",
                        XENBUS + "backend_release; drivers/xen/blkback/interface.c blkif_disconnect")
                .with(s.with(be).with(s.blkif().put()))).waitAt(WAIT_REFCNT, WaitsFor.IN_FLIGHT, 0);
    }

    /** blkback_remove reads be from driver_data: if xenblkd already freed it, that is a use after free. */
    private static Run touchBe(DeviceView before, Run after) {
        return before.be().freed() ? after.map(s -> s.withFault("blkback_remove uses backend_info after it was freed")) : after;
    }
}
