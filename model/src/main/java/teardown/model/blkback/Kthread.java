package teardown.model.blkback;

/**
 * The xenblkd kernel thread of the blkif (blkback.c blkif_schedule and, in the vendor tree,
 * xenbus.c blkback_close). {@code shouldStop} is kthread_should_stop(); {@code removeRequested}
 * is the vendor tree's blkif->remove_requested.
 * See docs/model/actors.md#xenblkd.
 */
public record Kthread(Phase phase, boolean shouldStop, boolean removeRequested) {

    public enum Phase {
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
        EXITED;

        /** Still inside blkif_schedule's main loop, so ring requests may yet be submitted. */
        public boolean inLoop() {
            return this == WAITING_FOR_WORK || this == DISPATCHING;
        }
    }

    public static Kthread running() {
        return new Kthread(Phase.WAITING_FOR_WORK, false, false);
    }

    public Kthread withPhase(Phase p) {
        return new Kthread(p, shouldStop, removeRequested);
    }

    public Kthread withShouldStop(boolean b) {
        return new Kthread(phase, b, removeRequested);
    }

    public Kthread withRemoveRequested(boolean b) {
        return new Kthread(phase, shouldStop, b);
    }
}
