import io.vavr.collection.List;
import io.vavr.collection.Set;
import teardown.model.Configuration;
import teardown.model.Driver;
import teardown.model.Hazard;
import teardown.model.blkback.VendorBlkback;
import teardown.model.blkback.VendorRemove;
import teardown.model.kernel.Frame.WaitsFor;
import teardown.model.kernel.Run;

/**
 * The 2008 post's patched blkback_remove, with wait_event_timeout(be->wq, xenblkd == NULL, 30 * HZ)
 * in place of its wait_event: xenwatch gives up waiting for xenblkd after 30 s and remove goes on
 * as if xenblkd had signalled. Everything else is the post's patched vendor driver.
 * Check it: ./teardown check --design examples/PatchedWithTimeout.java --driver patched,patched-timeout --toolstack xend31 --disk all
 */
public class PatchedWithTimeout extends VendorBlkback {

    /** Where xenwatch waits: a point of blkback_remove's own, named after the code. */
    static final String WAIT = "blkback_remove: wait_event_timeout(be->wq, xenblkd == NULL, 30 * HZ)";
    static final String SOURCE = "drivers/xen/blkback/xenbus.c blkback_remove (the 2008 patch, with wait_event_timeout)";

    public PatchedWithTimeout() {
        super(true); // the post's patch: the thread, not remove, clears xenblkd and wakes be->wq
    }

    @Override
    public String id() {
        return "patched-timeout";
    }

    @Override
    public String description() {
        return "the post's patch with wait_event_timeout of 30 s: blkback_remove waits on be->wq for xenblkd, at most 30 s";
    }

    /** The patched driver's code paths are all here, so its hazards apply. */
    @Override
    public Set<Hazard> hazards() {
        return Driver.PATCHED.hazards();
    }

    /** The one function replaced: the wait, now bounded. */
    @Override
    protected Run waitForXenblkd(Configuration c, Run r) {
        return r.waitAt(WAIT, WaitsFor.THREAD_SIGNAL, 0);
    }

    /** xenblkd signalled (it cleared xenblkd under xenblkd_lock and woke be->wq): remove goes on as the patch does. */
    @Override
    public List<Run> resume(Configuration c, Run r) {
        if (!r.top().at().equals(WAIT)) {
            return super.resume(c, r);
        }
        return r.state().ring().xenblkdSet() ? List.empty()
                : List.of(VendorRemove.afterWait(c, r.resumed().did("wait_event_timeout(be->wq, xenblkd == NULL) returns: signalled", SOURCE)));
    }

    /** 30 s without the signal: wait_event_timeout returns 0, and remove goes on all the same. */
    @Override
    public List<Run> timedOut(Configuration c, Run r) {
        if (!r.top().at().equals(WAIT)) {
            return List.empty();
        }
        return List.of(VendorRemove.afterWait(c, r.resumed().did("wait_event_timeout: 30 s without xenblkd's signal, returns 0; remove goes on", SOURCE)));
    }
}
