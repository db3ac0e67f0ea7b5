package teardown.model;

import io.vavr.collection.List;
import teardown.model.blkback.ProposedBlkback;
import teardown.model.blkback.StockBlkback;
import teardown.model.blkback.UpstreamBlkback;
import teardown.model.blkback.VendorBlkback;
import teardown.model.kernel.Run;

/**
 * A blkback driver variant (docs/model/drivers.md, docs/model/todays-stacks.md): what its remove does on
 * xenwatch and the few traits the shared actors (xenblkd's loop, the disk's completion, the work
 * queue) ask of it. Adding a driver means adding a class; the constants below are the id registry.
 */
public interface Driver {

    Driver STOCK = new StockBlkback();
    Driver UNPATCHED = new VendorBlkback(false);
    Driver PATCHED = new VendorBlkback(true);
    Driver UPSTREAM = new UpstreamBlkback(false);
    Driver UPSTREAM_BLOCKING = new UpstreamBlkback(true);
    Driver PROPOSED = ProposedBlkback.full();

    /** Every driver the command line knows, in matrix order. */
    static Driver[] values() {
        return new Driver[] {STOCK, UNPATCHED, PATCHED, UPSTREAM, UPSTREAM_BLOCKING, PROPOSED};
    }

    static List<Driver> all() {
        return List.of(values());
    }

    String id();

    String description();

    /**
     * The driver's remove, called by xenbus_dev_remove on xenwatch: its code up to its first wait,
     * or to its return ({@link Run#ret}), after which xenbus_dev_remove goes on.
     */
    Run remove(Configuration c, Run r);

    /**
     * Goes on from where the driver's code on xenwatch stopped, the top frame of {@code r}: nothing
     * while what it waits for has not happened, else its code up to the next wait or return.
     */
    List<Run> resume(Configuration c, Run r);

    /**
     * The backend's watch on shutdown-request fires on xenwatch: the XenServer lineage's close
     * request, or the proposed drain request. Drivers without one ignore the node.
     */
    default Run shutdownRequest(Configuration c, Run r) {
        return r.did("shutdown-request: no watch on it in this driver, nothing to do", "drivers/xen/xenbus/xenbus_xs.c xenwatch_thread").ret();
    }

    /** The driver answers the proposed sender's drain request with an honest Closed. */
    default boolean drainsOnRequest() {
        return false;
    }

    /** The vendor tree's close path (blkback_close on xenblkd, be->refcnt) exists only in the post's drivers. */
    default boolean isVendor() {
        return false;
    }

    /** The running xenblkd holds a blkif reference of its own, dropped when it exits (2.6.18 stock, proposed). */
    default boolean kthreadHoldsBlkifRef() {
        return false;
    }

    /** The xen-blkback lineage: __do_block_io_op stops consuming the ring once kthread_should_stop is set. */
    default boolean stopsConsumingOnStop() {
        return false;
    }

    /** The last blkif reference schedules the free on a work queue (upstream since about 3.16). */
    default boolean lastPutDefersFree() {
        return false;
    }

    /** The backend advertises feature-shutdown-request and writes shutdown-done (the XenServer lineage). */
    default boolean advertisesShutdownRequest() {
        return isVendor();
    }

    /**
     * After the driver's remove returns, xenbus_dev_remove writes backend state Closed: older
     * kernels always did; today's core only when the toolstack had written Closing.
     */
    default boolean closedAfterRemove(DeviceView s) {
        return true;
    }

    /** The deferred free writes Closed, once nothing is in flight and xenblkd is gone (the proposed driver). */
    default boolean closedByDeferredFree() {
        return false;
    }

    /** Where the driver's source lives, for the step citations. */
    default String tree() {
        return "drivers/xen/blkback/";
    }
}
