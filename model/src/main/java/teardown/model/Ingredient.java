package teardown.model;

import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;

/**
 * The ingredients of the proposed driver and toolstack. Each is a switch, so a test can remove one
 * and show which property then breaks (the ablation tests); docs/model/proposed.md says why each exists.
 */
public enum Ingredient {
    /** blkback writes Closed from the deferred free, after the last in-flight request and xenblkd have let go. */
    HONEST_CLOSED("driver: Closed is written by the deferred free once nothing is in flight, not by xenbus_dev_remove"),
    /** xen_blkbk_remove only asks xenblkd to stop and drops its reference: xenwatch never waits for storage. */
    XENWATCH_NEVER_WAITS("driver: remove signals xenblkd and returns; the thread's own reference keeps the blkif until it exits"),
    /** xenblkd is told to stop by a flag of the driver's own, so it always runs its function, finishes the ring and drops its reference. */
    STOP_BY_FLAG("driver: xenblkd is told to stop by ring->drain, not KTHREAD_SHOULD_STOP: it finishes the ring, clears its pointer and drops its reference"),
    /**
     * The thread's reference is taken before kthread_run, and dropped by the thread or by the
     * kthread_stop that reaps it: a reference taken by the thread when it starts comes too late,
     * since remove can drop the last one between kthread_run and the thread's first step.
     */
    THREAD_REF_BEFORE_RUN("driver: xen_update_blkif_status takes the thread's blkif reference before kthread_run"),
    /** a frontend that closes or vanishes starts the drain; the device is unregistered only once drained. */
    UNREGISTER_WHEN_DRAINED("driver: frontend Closed or gone asks xenblkd to finish the ring; Closed and device_unregister come once drained"),
    /** the drained work takes the lock frontend_changed holds across a reconnect, so a thread about to be replaced is not "drained". */
    DRAIN_WAITS_OUT_RECONNECT("driver: xen_blkif_drained takes the lock frontend_changed holds across a reconnect (disconnect, connect_ring, new thread)"),
    /** the sender closes the source's vbds and waits for Closed before it writes 'permission to go'. */
    DRAIN_BEFORE_GO("toolstack: close the source vbds and wait for Closed before the receiver may unpause"),
    /** the wait for Closed is bounded (libxl's 10 s) ... */
    BOUNDED_WAIT("toolstack: the wait for Closed is bounded, never a silent hang"),
    /** ... and when it runs out the migration is aborted visibly instead of carrying on. */
    ABORT_ON_TIMEOUT("toolstack: a wait that runs out aborts the migration (target destroyed, source kept, error reported)"),
    /** outside a migration, a timed-out remove leaves a draining feature-drain backend's directory to blkback. */
    LEAVES_DRAINING_BACKEND("toolstack: a remove that times out on a feature-drain backend deletes the frontend and libxl paths, never the backend's"),
    /** ... and the abort withdraws the drain request and resumes the source, as xl resumes the sender after a failed migration. */
    RESUME_ON_ABORT("toolstack: the abort withdraws the drain request, waits for the backend to serve again and resumes the source (libxl_domain_resume)");

    private final String description;

    Ingredient(String description) {
        this.description = description;
    }

    public String id() {
        return name().toLowerCase().replace('_', '-');
    }

    public String description() {
        return description;
    }

    public static Set<Ingredient> all() {
        return TreeSet.of(values());
    }
}
