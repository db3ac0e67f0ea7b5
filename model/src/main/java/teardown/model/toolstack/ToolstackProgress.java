package teardown.model.toolstack;

/**
 * The source toolstack's progress, from the moment the final suspend and state transfer are done
 * to the end of the migration. Each toolstack variant walks its own path through these phases.
 * {@code timedOut}: a bounded wait gave up before the target was let go; {@code aborted}: the toolstack reported the migration
 * as failed, so the target is never let run.
 */
public record ToolstackProgress(Phase phase, boolean timedOut, boolean aborted) {

    public enum Phase {
        /** FreeBSD guest: blkfront drains its requests before it lets the suspend go ahead (30 s). */
        GUEST_SUSPENDING,
        /** guest suspended and its state sent; devices not yet released. */
        STATE_SENT,
        /** xend testDeviceComplete(): waiting for every listed device's hotplug-status to vanish. */
        POLLING_HOTPLUG_STATUS,
        /** xend: save has returned; the socket is about to be closed. */
        CLOSING_SOCKET,
        /** the post's testDeviceComplete(io_done=True): waiting for every device's shutdown-done. */
        POLLING_SHUTDOWN_DONE,
        /** the post's sock.shutdown(2) is next. */
        UNLEASHING,
        /** the post's destroyDomain() after the unleash. */
        DESTROYING,
        /** the post's final testDeviceComplete() after destroyDomain. */
        POLLING_AFTER_DESTROY,
        /** xl: 'permission to go' written; waiting for the receiver's report. */
        AWAITING_REPORT,
        /** libxl (or the proposed sender): waiting, bounded, for backend state Closed. */
        WAITING_FOR_CLOSED,
        /** xenopsd: waiting at most 30 s for the vbd's hard shutdown to be acknowledged. */
        WAITING_FOR_SHUTDOWN,
        /** xenopsd: storage deactivate of the disk. */
        DEACTIVATING,
        /** the final handshake that lets the destination unpause is next. */
        HANDSHAKE,
        /** the source domain is destroyed (xc_domain_destroy, or xenopsd's VM shutdown after the destination runs). */
        DESTROYING_DOMAIN,
        DONE;

        /** The toolstack is waiting on something the backend shows. */
        public boolean polling() {
            return this == POLLING_HOTPLUG_STATUS || this == POLLING_SHUTDOWN_DONE || this == POLLING_AFTER_DESTROY
                    || this == WAITING_FOR_CLOSED || this == WAITING_FOR_SHUTDOWN;
        }
    }

    public static ToolstackProgress stateSent() {
        return new ToolstackProgress(Phase.STATE_SENT, false, false);
    }

    public static ToolstackProgress guestSuspending() {
        return new ToolstackProgress(Phase.GUEST_SUSPENDING, false, false);
    }

    public ToolstackProgress withPhase(Phase p) {
        return new ToolstackProgress(p, timedOut, aborted);
    }

    public ToolstackProgress timeout(Phase next) {
        return new ToolstackProgress(next, true, aborted);
    }

    /** The migration is reported failed: the toolstack is done and the target never runs. */
    public ToolstackProgress abort() {
        return new ToolstackProgress(Phase.DONE, timedOut, true);
    }
}
