package teardown.model.xenbus;

import io.vavr.collection.List;

/**
 * The xenwatch thread: idle, or inside a callback at a program point (holding xenwatch_mutex),
 * and its FIFO of pending watch events. {@code removes} counts blkback_remove calls started on
 * this device.
 * See docs/model/actors.md#xenwatch.
 */
public record Xenwatch(Phase phase, List<WatchEvent> queue, int removes) {

    /** Where xenwatch is in a callback; every phase but IDLE holds xenwatch_mutex. */
    public enum Phase {
        IDLE,
        /** device_unregister has called the driver's remove, which has not yet done anything. */
        REMOVE_STARTED,
        /** kthread_stop: waiting for xenblkd to exit. */
        STOPPING_KTHREAD,
        /** hazard dev-sem-across-wait: down(blkback_dev_sem) before the wait. */
        TAKING_DEV_SEM_EARLY,
        /** the patch's wait_event(be->wq, be->blkif->xenblkd == NULL). */
        WAITING_FOR_XENBLKD,
        /** down(blkback_dev_sem), delete the sysfs interface, clear driver_data and be->dev. */
        TAKING_DEV_SEM,
        /** backend_release(be). */
        RELEASING_BACKEND,
        /** blkif_disconnect: waiting, unbounded, for blkif refcnt == 0. */
        DRAINING,
        /** the proposed drain request with its ingredient removed: waiting on xenwatch for the drain. */
        DRAINING_REQUEST,
        /** the driver's remove has returned; device_del finishes. */
        DEVICE_DEL;

        public boolean inCallback() {
            return this != IDLE;
        }
    }

    public static Xenwatch idle() {
        return new Xenwatch(Phase.IDLE, List.empty(), 0);
    }

    public Xenwatch withPhase(Phase p) {
        return new Xenwatch(p, queue, removes);
    }

    public Xenwatch enqueue(WatchEvent e) {
        return new Xenwatch(phase, queue.append(e), removes);
    }

    public Xenwatch pop() {
        return new Xenwatch(phase, queue.tail(), removes);
    }

    public Xenwatch startRemove() {
        return new Xenwatch(Phase.REMOVE_STARTED, queue, removes + 1);
    }

    /** unregister_xenbus_watch drops the queued events of the watch it removes. */
    public Xenwatch purge(WatchEvent e) {
        return new Xenwatch(phase, queue.filter(x -> x != e), removes);
    }
}
