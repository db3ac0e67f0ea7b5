package teardown.model.xenbus;

import java.util.Objects;

/**
 * A watch event in xenwatch's queue and whom it is for: a device of the migrating guest, or a
 * bystander guest. Not a record: a trace renders records field by field
 * ({@code QueuedEvent[event=..., index=1]}), and this one reads better as {@code frontend-gone[1]}.
 */
@teardown.model.Api
public final class QueuedEvent {

    private final WatchEvent event;
    private final int index;

    public QueuedEvent(WatchEvent event, int index) {
        this.event = event;
        this.index = index;
    }

    public WatchEvent event() {
        return event;
    }

    /** The device (or, for a bystander's event, the bystander guest) the event is for. */
    public int index() {
        return index;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QueuedEvent q && q.event == event && q.index == index;
    }

    @Override
    public int hashCode() {
        return Objects.hash(event, index);
    }

    @Override
    public String toString() {
        return event.id() + "[" + index + "]";
    }
}
