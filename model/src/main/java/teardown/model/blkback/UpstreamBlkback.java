package teardown.model.blkback;

import io.vavr.collection.List;
import teardown.model.Configuration;
import teardown.model.Driver;
import teardown.model.kernel.Run;
import teardown.model.DeviceView;
import teardown.model.hotplug.Visibility;

/**
 * Upstream Linux xen-blkback. {@code blocking}: the 3.0–3.15 shape (before the 3.16 change "xen-blkback: defer freeing blkif to avoid blocking xenwatch"), whose
 * xen_blkif_disconnect waits on xenwatch for the last reference; otherwise today's (docs/model/drivers.md#upstream, docs/model/todays-stacks.md#drivers),
 * where xenwatch never waits and the last completion schedules the free.
 */
public record UpstreamBlkback(boolean blocking) implements Driver {

    @Override
    public String id() {
        return blocking ? "upstream-blocking" : "upstream";
    }

    @Override
    public String description() {
        return blocking ? "xen-blkback of Linux 3.0-3.15: disconnect waits on xenwatch for the last reference; Closed after the drain"
                : "upstream Linux xen-blkback: xenwatch never waits, the last request frees";
    }

    @Override
    public Run remove(Configuration c, Run r) {
        return blocking ? UpstreamBlockingRemove.remove(c, r) : UpstreamRemove.remove(c, r);
    }

    @Override
    public List<Run> resume(Configuration c, Run r) {
        return blocking ? UpstreamBlockingRemove.resume(c, r) : UpstreamRemove.resume(c, r);
    }

    @Override
    public boolean stopsConsumingOnStop() {
        return true;
    }

    @Override
    public boolean lastPutDefersFree() {
        return !blocking;
    }

    /** Since "xenbus: limit when state is forced to closed" (2019) the core writes Closed only after a Closing. */
    @Override
    public boolean closedAfterRemove(DeviceView s) {
        return blocking || s.visibility().backendState() == Visibility.BackendState.CLOSING;
    }

    @Override
    public String tree() {
        return "drivers/block/xen-blkback/";
    }

    @Override
    public String toString() {
        return id();
    }
}
