package teardown.model.xenbus;

import io.vavr.collection.List;
import teardown.model.kernel.Frame;

/**
 * The xenwatch thread: idle, or inside a watch callback (holding xenwatch_mutex) for device
 * {@code device}, stopped at the top of {@code stack} (see {@link Frame}); and its FIFO of pending
 * watch events. There is one xenwatch for every device of every guest of dom0.
 * See docs/model/actors.md#xenwatch.
 */
@teardown.model.Api
public record Xenwatch(List<Frame> stack, int device, List<QueuedEvent> queue) {

    public static Xenwatch idle() {
        return new Xenwatch(List.empty(), 0, List.empty());
    }

    /** Inside a callback: every point but idle holds xenwatch_mutex. */
    public boolean inCallback() {
        return !stack.isEmpty();
    }

    /** Where the callback stopped, or "idle". */
    public String at() {
        return stack.isEmpty() ? "idle" : stack.head().at();
    }

    public boolean at(String point) {
        return !stack.isEmpty() && stack.head().at().equals(point);
    }

    /** What the callback waits for where it stopped. */
    public Frame.WaitsFor waitsFor() {
        return stack.isEmpty() ? Frame.WaitsFor.NOTHING : stack.head().waitsFor();
    }

    /**
     * The callback stopped at {@code stack} for device {@code index}; an empty stack is idle, which
     * forgets whose callback ran, so that idle states do not differ by it.
     */
    public Xenwatch at(List<Frame> stack, int index) {
        return new Xenwatch(stack, stack.isEmpty() ? 0 : index, queue);
    }

    public Xenwatch enqueue(WatchEvent e, int index) {
        return new Xenwatch(stack, device, queue.append(new QueuedEvent(e, index)));
    }

    /**
     * The frontend-state watch of device {@code index} fires: the event is queued, unless the
     * kernel drops it because one is already pending for that watch (XSA-349's will_handle).
     */
    public Xenwatch otherendFires(WatchEvent e, int index, boolean dropIfPending) {
        if (dropIfPending && queue.exists(q -> q.index() == index && q.event().otherend())) {
            return this;
        }
        return enqueue(e, index);
    }

    public Xenwatch pop() {
        return new Xenwatch(stack, device, queue.tail());
    }

    /** unregister_xenbus_watch drops the queued events of the watch it removes. */
    public Xenwatch purge(WatchEvent e, int index) {
        QueuedEvent dropped = new QueuedEvent(e, index);
        return new Xenwatch(stack, device, queue.filter(x -> !x.equals(dropped)));
    }

    /** xenwatch is inside a callback of device {@code index}. */
    public boolean busyWith(int index) {
        return inCallback() && device == index;
    }
}
