package teardown.model.xenbus;

import io.vavr.collection.List;

/**
 * The xenwatch thread: idle, or inside a callback at a program point (holding xenwatch_mutex),
 * and its FIFO of pending watch events. {@code device} is the index of the device whose callback
 * runs (when not idle). There is one xenwatch for every device of every guest of dom0.
 * See docs/model/actors.md#xenwatch.
 */
public record Xenwatch(Phase phase, int device, List<QueuedEvent> queue) {

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
        return new Xenwatch(Phase.IDLE, 0, List.empty());
    }

    /**
     * Back to idle forgets whose callback ran, so that idle states do not differ by it. A callback
     * enters its first waiting phase with {@link #enter} or {@link #startRemove}, which say whose it is.
     */
    public Xenwatch withPhase(Phase p) {
        return new Xenwatch(p, p == Phase.IDLE ? 0 : device, queue);
    }

    public Xenwatch enqueue(WatchEvent e, int index) {
        return new Xenwatch(phase, device, queue.append(new QueuedEvent(e, index)));
    }

    public Xenwatch pop() {
        return new Xenwatch(phase, device, queue.tail());
    }

    /** device_unregister -> xenbus_dev_remove on device {@code index}: its remove callback starts. */
    public Xenwatch startRemove(int index) {
        return enter(Phase.REMOVE_STARTED, index);
    }

    /** A callback of device {@code index} goes on to a phase where it may wait. */
    public Xenwatch enter(Phase p, int index) {
        return new Xenwatch(p, index, queue);
    }

    /** unregister_xenbus_watch drops the queued events of the watch it removes. */
    public Xenwatch purge(WatchEvent e, int index) {
        QueuedEvent dropped = new QueuedEvent(e, index);
        return new Xenwatch(phase, device, queue.filter(x -> !x.equals(dropped)));
    }

    /** xenwatch is inside a callback of device {@code index}. */
    public boolean busyWith(int index) {
        return phase.inCallback() && device == index;
    }
}
