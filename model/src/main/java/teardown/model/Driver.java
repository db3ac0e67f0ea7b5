package teardown.model;

import io.vavr.collection.List;
import teardown.model.blkback.ProposedBlkback;
import teardown.model.blkback.StockBlkback;
import teardown.model.blkback.VendorBlkback;
import teardown.model.blkback.WorkqueueSteps;
import teardown.model.blkback.XenBlkback;
import teardown.model.blkback.XenBlkback.Fix;
import teardown.model.kernel.Run;
import teardown.model.xenbus.XenbusState;

/**
 * A dom0 kernel's blkback, with the xenbus core it runs on (docs/model/drivers.md,
 * docs/model/todays-stacks.md, docs/model/history.md): the callbacks xenwatch runs for a device
 * (probe, the physical-device and frontend-state watches, remove), the code that goes on after
 * one of them waited, the deferred free, and the few traits the shared actors (xenblkd's loop,
 * the disk's completion, udev, the administrator) ask of it. The constants below are the built-in
 * drivers; a reviewer's own driver is a class that implements this interface, or extends a
 * built-in, loaded with {@code --design} into the run's {@link Catalogue} (docs/extending.md).
 */
@Api
public interface Driver {

    Driver STOCK = new StockBlkback(false);
    Driver UNPATCHED = new VendorBlkback(false);
    Driver PATCHED = new VendorBlkback(true);
    Driver UPSTREAM = XenBlkback.today();
    Driver UPSTREAM_BLOCKING = XenBlkback.release("upstream-blocking",
            "xen-blkback of Linux 3.1-3.15: disconnect waits on xenwatch for the last reference; Closed after the drain", Fix.DISCONNECT_ON_CLOSED);
    Driver PROPOSED = ProposedBlkback.full();

    /** Every driver of the default matrix, in matrix order. */
    static Driver[] values() {
        return new Driver[] {STOCK, UNPATCHED, PATCHED, UPSTREAM, UPSTREAM_BLOCKING, PROPOSED};
    }

    static List<Driver> all() {
        return List.of(values());
    }

    /** The code of xen-blkback right before and right after the fixes of blkback's history (docs/model/history.md). */
    static List<Driver> history() {
        return History.DRIVERS;
    }

    /** Every driver the command line knows: the matrix's, then the history's. */
    static List<Driver> known() {
        return all().appendAll(history());
    }

    /** The known driver with this id. */
    static Driver byId(String id) {
        return known().find(d -> d.id().equals(id)).getOrElseThrow(() -> new IllegalArgumentException("no driver " + id));
    }

    String id();

    String description();

    /** Where the driver's source lives, for the step citations. */
    default String tree() {
        return "drivers/xen/blkback/";
    }

    // ---- the callbacks xenwatch runs for a device, each up to its first wait or its return ----

    /** xenbus_dev_probe called the driver's probe for a new device. */
    default List<Run> probe(Configuration c, Run r) {
        return List.of(r.did("probe: not modelled for this driver", tree() + "xenbus.c").ret());
    }

    /** The watch on the backend's physical-device node fired (the hotplug script wrote it, or the watch was just registered). */
    default List<Run> backendChanged(Configuration c, Run r) {
        return List.of(r.did("backend_changed: not modelled for this driver", tree() + "xenbus.c").ret());
    }

    /** The frontend's state watch fired; {@code frontend} is what its state node reads now (UNKNOWN once it is gone). */
    List<Run> frontendChanged(Configuration c, Run r, XenbusState frontend);

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
     * A bounded wait (wait_event_timeout, wait_for_completion_timeout) at the top frame of
     * {@code r} runs out: the code after the timeout, up to its next wait or return; empty where
     * the wait there has no bound, which is every built-in driver's case. xenwatch asks only while
     * the wait is not over ({@link #resume} gave nothing) and {@link BoundedWait#mayRunOut} allows
     * it: a bound of seconds outlasts every CPU step, so on healthy disks it runs out only when
     * nothing else can move (docs/extending.md#bounded-waits).
     */
    default List<Run> timedOut(Configuration c, Run r) {
        return List.empty();
    }

    /**
     * The backend's watch on shutdown-request fires on xenwatch: the XenServer lineage's close
     * request, or the proposed drain request. Drivers without one ignore the node.
     */
    default Run shutdownRequest(Configuration c, Run r) {
        return r.did("shutdown-request: no watch on it in this driver, nothing to do", "drivers/xen/xenbus/xenbus_xs.c xenwatch_thread").ret();
    }

    /** The work queue runs the deferred free the last xen_blkif_put scheduled (drivers that defer it). */
    default List<Successor> deferredFree(Configuration c, DeviceView s) {
        return WorkqueueSteps.xenBlkifFree(c, s, true);
    }

    // ---- traits ----

    /**
     * The seeded faults whose code path this driver has: a built-in's are listed in {@link Hazard};
     * a design has none unless it says so, typically those of the built-in whose code it runs
     * ({@code Driver.PATCHED.hazards()}), less any whose path it replaced.
     */
    default io.vavr.collection.Set<Hazard> hazards() {
        return Hazard.builtIn(this);
    }

    /** How many rings a device can have: one before multi-queue (Linux 4.6). */
    default int maxRings() {
        return 1;
    }

    /** The driver answers the proposed sender's drain request with an honest Closed. */
    default boolean drainsOnRequest() {
        return false;
    }

    /** The vendor tree's close path (blkback_close on xenblkd, be->refcnt) exists only in the post's drivers. */
    default boolean isVendor() {
        return false;
    }

    /** The running xenblkd holds a blkif reference of its own, dropped when it exits (2.6.18, xen-blkback before 4.12, proposed). */
    default boolean kthreadHoldsBlkifRef() {
        return false;
    }

    /**
     * xenblkd is told to stop by a flag of the driver's own (the vendor tree's remove_requested, the
     * proposed ring->drain), not by kthread_stop: it finishes what is on the ring, then its function
     * returns by itself, so a thread told before it first ran still runs it.
     */
    default boolean stopsThreadsByFlag() {
        return isVendor();
    }

    /** The device is unregistered only once its rings are drained, not when the frontend goes (the proposed driver). */
    default boolean unregistersWhenDrained() {
        return false;
    }

    /**
     * The thread's own blkif reference is taken by whoever starts it, before kthread_run, not by the
     * thread; a kthread_stop that reaps a thread stopped before it ran drops it (proposed).
     */
    default boolean threadReferenceTakenByCreator() {
        return false;
    }

    /** The proposed sender's abort: undo the drain request, so the source can run on with its disk. */
    default teardown.model.kernel.Run drainCancel(Configuration c, teardown.model.kernel.Run r) {
        return r.did("drain cancel: not modelled for this driver", tree() + "xenbus.c").ret();
    }

    /** Each allocated ring holds a blkif reference until a disconnect cleans it (xen-blkback 4.6-4.11). */
    default boolean ringHoldsBlkifRef() {
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

    /** module_exit exists, so an administrator can unload the module once nothing holds it. */
    default boolean moduleCanUnload() {
        return false;
    }

    /** Each blkif holds a module reference until it is freed (since 5.5). */
    default boolean blkifHoldsModuleRef() {
        return false;
    }

    /** The frontend-state watch queues no event while one is pending (XSA-349, since 5.11). */
    default boolean otherendDropsPendingEvents() {
        return false;
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
}
