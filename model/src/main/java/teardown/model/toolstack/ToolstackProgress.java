package teardown.model.toolstack;

/**
 * The source toolstack's progress, from the moment the final suspend and state transfer are done
 * to the end of the migration. Each toolstack variant walks its own path through these phases.
 * {@code timedOut}: a bounded wait gave up before the target was let go; {@code aborted}: the toolstack reported the migration
 * as failed, so the target is never let run.
 */
@teardown.model.Api
public record ToolstackProgress(String phase, boolean timedOut, boolean aborted) {

    /**
     * The phases of the built-in toolstacks. A phase is a name, so a toolstack of one's own can add
     * phases; one whose name starts with "polling-" or "waiting-for-" is where the toolstack waits
     * on something the backend shows.
     */
    public static final class Phase {

        /** FreeBSD guest: blkfront drains its requests before it lets the suspend go ahead (30 s). */
        public static final String GUEST_SUSPENDING = "guest-suspending";

        /** the guest runs; its toolstack has not yet begun to detach or destroy (the other scenarios' start). */
        public static final String GUEST_RUNNING = "guest-running";

        /** libxl: the 10 s wait for Closed ran out and the removal goes on forced, waiting for Closed again. */
        public static final String WAITING_FOR_CLOSED_FORCED = "waiting-for-closed-forced";

        /** xm block-detach: waitForDevice_destroy, until the backend's hotplug-status is gone. */
        public static final String WAITING_FOR_HOTPLUG_STATUS_GONE = "waiting-for-hotplug-status-gone";

        /** guest suspended and its state sent; devices not yet released. */
        public static final String STATE_SENT = "state-sent";

        /** xend testDeviceComplete(): waiting for every listed device's hotplug-status to vanish. */
        public static final String POLLING_HOTPLUG_STATUS = "polling-hotplug-status";

        /** xend: save has returned; the socket is about to be closed. */
        public static final String CLOSING_SOCKET = "closing-socket";

        /** the post's testDeviceComplete(io_done=True): waiting for every device's shutdown-done. */
        public static final String POLLING_SHUTDOWN_DONE = "polling-shutdown-done";

        /** the post's sock.shutdown(2) is next. */
        public static final String UNLEASHING = "unleashing";

        /** the post's destroyDomain() after the unleash. */
        public static final String DESTROYING = "destroying";

        /** the post's final testDeviceComplete() after destroyDomain. */
        public static final String POLLING_AFTER_DESTROY = "polling-after-destroy";

        /** xl: 'permission to go' written; waiting for the receiver's report. */
        public static final String AWAITING_REPORT = "awaiting-report";

        /** libxl (or the proposed sender): waiting, bounded, for backend state Closed. */
        public static final String WAITING_FOR_CLOSED = "waiting-for-closed";

        /** xenopsd: waiting at most 30 s for the vbd's hard shutdown to be acknowledged. */
        public static final String WAITING_FOR_SHUTDOWN = "waiting-for-shutdown";

        /** xenopsd: storage deactivate of the disk. */
        public static final String DEACTIVATING = "deactivating";

        /** the final handshake that lets the destination unpause is next. */
        public static final String HANDSHAKE = "handshake";

        /** the source domain is destroyed (xc_domain_destroy, or xenopsd's VM shutdown after the destination runs). */
        public static final String DESTROYING_DOMAIN = "destroying-domain";

        /** the proposed sender's abort: the drain request withdrawn, waiting for the backend to serve again before resuming the source. */
        public static final String WAITING_FOR_RECONNECT = "waiting-for-reconnect";

        /** the toolstack has finished (migrated, aborted, detached or destroyed). */
        public static final String DONE = "done";

        private Phase() {
        }

        /** The toolstack is waiting on something the backend shows. */
        public static boolean polling(String phase) {
            return phase.startsWith("polling-") || phase.startsWith("waiting-for-");
        }
    }
   public static ToolstackProgress stateSent() {
        return new ToolstackProgress(Phase.STATE_SENT, false, false);
    }

    public static ToolstackProgress guestRunning() {
        return new ToolstackProgress(Phase.GUEST_RUNNING, false, false);
    }

    public static ToolstackProgress guestSuspending() {
        return new ToolstackProgress(Phase.GUEST_SUSPENDING, false, false);
    }

    public boolean at(String p) {
        return phase.equals(p);
    }

    public ToolstackProgress withPhase(String p) {
        return new ToolstackProgress(p, timedOut, aborted);
    }

    public ToolstackProgress timeout(String next) {
        return new ToolstackProgress(next, true, aborted);
    }

    /** The migration has failed and the toolstack goes on to undo it (the target never runs). */
    public ToolstackProgress aborting(String next) {
        return new ToolstackProgress(next, timedOut, true);
    }

    /** The migration is reported failed: the toolstack is done and the target never runs. */
    public ToolstackProgress abort() {
        return new ToolstackProgress(Phase.DONE, timedOut, true);
    }
}
