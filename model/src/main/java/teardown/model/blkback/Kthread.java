package teardown.model.blkback;

/**
 * The xenblkd kernel thread of a ring (blkback.c blkif_schedule / xen_blkif_schedule and, in the
 * vendor tree, xenbus.c blkback_close), with the life kernel/kthread.c gives every kernel thread:
 * created by kthread_run and woken, but its function not yet entered; running its function;
 * returned from it, the task kept only by a kthread_stop still waiting for it; and reaped, the
 * task freed. {@code shouldStop} is KTHREAD_SHOULD_STOP; {@code removeRequested} is the vendor
 * tree's blkif->remove_requested; {@code stopperWaits}: a kthread_stop is waiting for the thread,
 * holding its task, so the thread's exit leaves it EXITED until that kthread_stop returns.
 * See docs/model/actors.md#xenblkd.
 */
@teardown.model.Api
public record Kthread(Phase phase, boolean shouldStop, boolean removeRequested, boolean stopperWaits) {

    public Kthread(Phase phase, boolean shouldStop, boolean removeRequested) {
        this(phase, shouldStop, removeRequested, false);
    }

    public enum Phase {
        /** no thread: none was created yet, or kthread_run failed. */
        NONE,
        /** kthread_run: the task exists and was woken, but kthread() has not yet called the thread function. */
        CREATED,
        /** asleep in wait_event_interruptible for work (or a stop / remove request). */
        WAITING_FOR_WORK,
        /** in do_block_io_op, consuming the ring and submitting one request at a time. */
        DISPATCHING,
        /** submit_bio on a dead disk with a full request queue: never returns. */
        BLOCKED_IN_SUBMIT_BIO,
        /** blkback_close: blkif_disconnect waits, unbounded, for blkif refcnt == 0. */
        DRAINING,
        /** blkback_close: vbd_sync. */
        SYNCING,
        /** hazard close-unregisters-watch: unregister_xenbus_watch, waiting for xenwatch_mutex. */
        UNREGISTERING_WATCH,
        /** blkback_close: under xenblkd_lock, clear remove_requested (patched: xenblkd = NULL, wake be->wq). */
        SIGNALLING,
        /** blkback_close: down(blkback_dev_sem), write shutdown-done if be->dev is still set. */
        CLOSING_DEVICE,
        /** blkback_close: backend_release(be); the last reference frees be and blkif. */
        RELEASING,
        /** hazard self-stop: kthread_stop called on itself, waiting forever for its own exit. */
        STOPPING_ITSELF,
        /** the thread function returned (or was never called); a kthread_stop still holds the task. */
        EXITED,
        /** the task is gone: auto-reaped, or released by the kthread_stop that waited for it. */
        REAPED;

        /** Still inside blkif_schedule's main loop, so ring requests may yet be submitted. */
        public boolean inLoop() {
            return this == WAITING_FOR_WORK || this == DISPATCHING;
        }

        /** The thread function has returned, or will never run again: EXITED or REAPED. */
        public boolean gone() {
            return this == EXITED || this == REAPED;
        }
    }

    public static Kthread running() {
        return new Kthread(Phase.WAITING_FOR_WORK, false, false);
    }

    public static Kthread none() {
        return new Kthread(Phase.NONE, false, false);
    }

    /** kthread_run: created and woken; its function starts at the thread's first step. */
    public static Kthread created() {
        return new Kthread(Phase.CREATED, false, false);
    }

    public Kthread withPhase(Phase p) {
        return new Kthread(p, shouldStop, removeRequested, stopperWaits);
    }

    public Kthread withShouldStop(boolean b) {
        return new Kthread(phase, b, removeRequested, stopperWaits);
    }

    public Kthread withRemoveRequested(boolean b) {
        return new Kthread(phase, shouldStop, b, stopperWaits);
    }

    /** kthread_stop: KTHREAD_SHOULD_STOP set, the thread woken, and the caller waits for it to exit. */
    public Kthread stoppedBy() {
        return new Kthread(phase, true, removeRequested, true);
    }

    /** The thread function returns (or, stopped before it ran, is never called): held by a waiting kthread_stop, else reaped at once. */
    public Kthread exited() {
        return new Kthread(stopperWaits ? Phase.EXITED : Phase.REAPED, shouldStop, removeRequested, stopperWaits);
    }

    /** kthread_stop returns and puts the task: it is gone. */
    public Kthread reaped() {
        return new Kthread(Phase.REAPED, shouldStop, removeRequested, false);
    }
}
