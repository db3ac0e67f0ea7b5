package teardown.model.xend;

/**
 * xend on the source, from the moment the final suspend and state transfer are done
 * (XendCheckpoint.save) to the end of the migration. {@code timedOut} records that
 * testDeviceComplete gave up after 30 s and carried on.
 */
public record Toolstack(Phase phase, boolean timedOut) {

    public enum Phase {
        /** guest suspended and its state sent; devices not yet released. */
        STATE_SENT,
        /** testDeviceComplete(): waiting for every listed device's hotplug-status to vanish. */
        POLLING_HOTPLUG_STATUS,
        /** save has returned; the socket is about to be closed. */
        CLOSING_SOCKET,
        /** testDeviceComplete(io_done=True): waiting for every listed device's shutdown-done. */
        POLLING_SHUTDOWN_DONE,
        /** the post's sock.shutdown(2) is next. */
        UNLEASHING,
        /** the post's destroyDomain() after the unleash. */
        DESTROYING,
        /** the post's final testDeviceComplete() after destroyDomain. */
        POLLING_AFTER_DESTROY,
        DONE;

        public boolean polling() {
            return this == POLLING_HOTPLUG_STATUS || this == POLLING_SHUTDOWN_DONE || this == POLLING_AFTER_DESTROY;
        }
    }

    public static Toolstack stateSent() {
        return new Toolstack(Phase.STATE_SENT, false);
    }

    public Toolstack withPhase(Phase p) {
        return new Toolstack(p, timedOut);
    }

    public Toolstack timeout(Phase next) {
        return new Toolstack(next, true);
    }
}
