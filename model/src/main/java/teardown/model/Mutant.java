package teardown.model;

import io.vavr.collection.Set;
import io.vavr.collection.LinkedHashSet;

/**
 * Deliberate faults of the model itself, for testing the tests: each changes one step the way a
 * careless edit to the model (or to the kernel) would, and the mutant catalogue test checks that
 * a named property catches it at a named variant. Unlike a {@link Hazard}, no mutant is a real
 * code path; a mutant is off unless a {@link Configuration} switches it on, and every check of one
 * in the step code is a single line marked {@code // MUTANT}.
 */
public enum Mutant {
    // ---- the driver's remove, on xenwatch ----
    PATCH_WITHOUT_WAIT(Actor.XENWATCH, "blkback_remove skips the patch's wait_event(be->wq, xenblkd == NULL)",
            Driver.PATCHED),
    KTHREAD_STOP_NOT_WAITING(Actor.XENWATCH, "kthread_stop returns before xenblkd has exited",
            Driver.UPSTREAM),
    STOCK_DRAIN_SKIPPED(Actor.XENWATCH, "stock blkif_disconnect frees the blkif without waiting for refcnt == 0",
            Driver.STOCK),
    UPSTREAM_IGNORES_BUSY(Actor.XENWATCH, "xen_blkif_disconnect unmaps the ring even with requests in flight (no -EBUSY)",
            Driver.UPSTREAM),
    OTHEREND_IGNORES_CLOSE(Actor.XENWATCH, "otherend_changed ignores the frontend going away, so device_unregister never runs",
            Driver.values()),
    // ---- the xenblkd thread ----
    WAKE_BEFORE_DRAIN(Actor.XENBLKD, "blkback_close clears xenblkd and wakes be->wq before blkif_disconnect drains",
            Driver.PATCHED),
    RELEASE_FREES_ON_ANY_COUNT(Actor.XENBLKD, "xenblkd's backend_release frees be and the blkif whatever the count",
            Driver.UNPATCHED, Driver.PATCHED),
    THREAD_EXIT_KEEPS_REFERENCE(Actor.XENBLKD, "the stock blkif_schedule exits without its blkif_put",
            Driver.STOCK),
    STOCK_STOPS_CONSUMING_ON_STOP(Actor.XENBLKD, "the stock do_block_io_op leaves the ring's requests once kthread_should_stop is set",
            Driver.STOCK),
    // ---- the disk ----
    COMPLETION_KEEPS_REFERENCE(Actor.DISK, "end_block_io_op forgets the blkif_put of the completed request",
            Driver.values()),
    // ---- xen_blkif_put ----
    LAST_PUT_SCHEDULES_NOTHING(Actor.XENWATCH, "the last xen_blkif_put forgets schedule_work(free_work)",
            Driver.UPSTREAM),
    // ---- the guest's blkfront ----
    FRONTEND_STATE_FIRES_TWICE(Actor.BLKFRONT, "a frontend state write queues its watch event twice",
            Driver.values()),
    // ---- the administrator ----
    RMMOD_IGNORES_HOLDERS(Actor.ADMIN, "module_exit runs while a blkif still holds the module",
            Driver.UPSTREAM, History.LINUX_5_5, History.LINUX_5_10, History.LINUX_5_11),
    // ---- upstream's work queue ----
    DRAINED_WORK_IGNORES_INFLIGHT(Actor.WORKQUEUE, "the proposed xen_blkif_drained writes Closed once xenblkd has exited, with requests still in flight",
            Driver.PROPOSED),
    FREE_BEFORE_LAST_PUT(Actor.WORKQUEUE, "the deferred free runs before the last xen_blkif_put scheduled it",
            Driver.UPSTREAM),
    DEFERRED_FREE_KEEPS_BE(Actor.WORKQUEUE, "xen_blkif_deferred_free frees the blkif but never be",
            Driver.UPSTREAM),
    // ---- udev ----
    UDEV_CLEANUP_BEFORE_REMOVE_RETURNS(Actor.UDEV, "the hotplug cleanup removes the backend directory while remove still runs",
            Driver.values()),
    UDEV_CLEANUP_KEEPS_BACKEND_DIR(Actor.UDEV, "xen-hotplug-cleanup removes the frontend path but not the backend directory",
            Driver.values()),
    // ---- the toolstack and the target ----
    UNLEASH_BEFORE_POLL(Actor.TOOLSTACK, "xend 3.1 closes the stream right after destroyDomain, before its hotplug-status poll",
            Driver.values()),
    TIMEOUT_NEVER_FIRES(Actor.TOOLSTACK, "testDeviceComplete has no 30 s timeout: it polls until the device is gone",
            Driver.values()),
    PROPOSED_CARRIES_ON_AFTER_TIMEOUT(Actor.TOOLSTACK, "the proposed sender, 10 s without Closed, writes 'permission to go' instead of aborting",
            Driver.PROPOSED),
    PROPOSED_WAIT_UNBOUNDED(Actor.TOOLSTACK, "the proposed sender waits for Closed with no bound, so a hung disk stalls the migration for ever",
            Driver.PROPOSED),
    PROPOSED_RESUMES_WITHOUT_DRAIN_CANCEL(Actor.TOOLSTACK, "the proposed sender's abort resumes the source without withdrawing the drain request, so its rings stay stopped",
            Driver.PROPOSED),
    TARGET_RUNS_BEFORE_STREAM_ENDS(Actor.TARGET, "the receiver unpauses the guest before the source has closed the stream",
            Driver.values()),
    // ---- outside events ----
    OTHER_DEVICE_CALLBACK_REQUEUES(Actor.OTHER_DEVICE, "another device's watch callback leaves its event queued, so xenwatch runs it for ever",
            Driver.values()),
    BYSTANDER_WATCH_NOT_REGISTERED(Actor.BYSTANDER, "a bystander's hot-plug is written where no watch is registered: no event is queued, the guest waits for ever",
            Driver.values());

    private final Actor actor;
    private final String description;
    private final Set<Driver> drivers;

    Mutant(Actor actor, String description, Driver... drivers) {
        this.actor = actor;
        this.description = description;
        this.drivers = LinkedHashSet.of(drivers);
    }

    public String id() {
        return name().toLowerCase().replace('_', '-');
    }

    /** Whose step the mutant changes. */
    public Actor actor() {
        return actor;
    }

    public String description() {
        return description;
    }

    /** The drivers whose code has the step the mutant changes. */
    public boolean appliesTo(Driver driver) {
        return drivers.contains(driver);
    }

    public Set<Driver> drivers() {
        return drivers;
    }
}
