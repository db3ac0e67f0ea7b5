package teardown.model.xenbus;

/** A watch event queued for xenwatch (xenbus_xs.c watch_events). */
@teardown.model.Api
public enum WatchEvent {
    /** the otherend watch: the frontend directory was removed, so the frontend reads as Unknown. */
    FRONTEND_GONE,
    /** the backend bus watch (be_watch): the backend directory was removed. */
    BACKEND_GONE,
    /** the otherend watch: the frontend switched to Connected (hazard reconnect-during-remove). */
    FRONTEND_CONNECTED,
    /** the otherend watch: the frontend wrote its state node (or the watch was just registered, which fires it once). */
    FRONTEND_STATE,
    /** the backend bus watch (be_watch): the toolstack created the backend directory of a new device. */
    BACKEND_CREATED,
    /** blkback's backend_watch on physical-device: the hotplug script wrote it (or the watch was just registered). */
    PHYSICAL_DEVICE,
    /** xenopsd wrote shutdown-request into the backend directory (the XenServer blkback lineage's watch). */
    SHUTDOWN_REQUEST,
    /** the proposed sender withdrew its drain request after an abort (the proposed blkback's drain watch). */
    DRAIN_CANCEL,
    /** a watch of another device of dom0, unrelated to this teardown. */
    OTHER_DEVICE,
    /** a bystander guest's new vbd: the backend bus watch fires and blkback probes it. */
    BYSTANDER_HOTPLUG,
    /** a bystander guest shuts down: its frontend closes and blkback removes its vbd. */
    BYSTANDER_SHUTDOWN;

    /** An event of the frontend-state watch (dev->otherend_watch), the one XSA-349's filter applies to. */
    public boolean otherend() {
        return this == FRONTEND_GONE || this == FRONTEND_CONNECTED || this == FRONTEND_STATE;
    }

    /** The event is about a device of the migrating guest (not another guest's). */
    public boolean forVbd() {
        return this != OTHER_DEVICE && this != BYSTANDER_HOTPLUG && this != BYSTANDER_SHUTDOWN;
    }

    public String id() {
        return name().toLowerCase().replace('_', '-');
    }

    @Override
    public String toString() {
        return id();
    }
}
