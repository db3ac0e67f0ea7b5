import io.vavr.collection.List;
import io.vavr.collection.Set;
import teardown.model.Configuration;
import teardown.model.Driver;
import teardown.model.Hazard;
import teardown.model.blkback.XenBlkback;
import teardown.model.kernel.Frame.WaitsFor;
import teardown.model.kernel.Run;

/**
 * Today's upstream xen-blkback with one function changed: xen_blkif_disconnect first waits, on
 * xenwatch and without a bound, until no request is in flight and none can still be submitted,
 * and only then does what today's does. A test of the XenBlkback extension point
 * (docs/extending.md): one function replaced, the rest reused.
 */
public class DrainingDisconnect extends XenBlkback {

    static final String WAIT = "xen_blkif_disconnect: wait_event(inflight == 0) before kthread_stop (design)";
    static final String SOURCE = "drivers/block/xen-blkback/xenbus.c xen_blkif_disconnect (a design: drain first)";

    public DrainingDisconnect() {
        super("upstream-drain-first", "upstream, but xen_blkif_disconnect waits for in-flight I/O before it stops the rings",
                XenBlkback.today().fixes());
    }

    @Override
    public Set<Hazard> hazards() {
        return Driver.UPSTREAM.hazards();
    }

    @Override
    protected Run xenBlkifDisconnect(Configuration c, Run r) {
        if (r.state().vbd().ioDone(this)) {
            return super.xenBlkifDisconnect(c, r);
        }
        return r.did("xen_blkif_disconnect: requests in flight: wait for them first", SOURCE).waitAt(WAIT, WaitsFor.IN_FLIGHT, 0);
    }

    @Override
    public List<Run> resume(Configuration c, Run r) {
        if (!r.top().at().equals(WAIT)) {
            return super.resume(c, r);
        }
        return !r.state().vbd().ioDone(this) ? List.empty()
                : List.of(super.xenBlkifDisconnect(c, r.resumed().did("inflight == 0: go on with the disconnect", SOURCE)));
    }
}
