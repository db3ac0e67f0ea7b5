package teardown.model.xenbus;

/** A watch event queued for xenwatch (xenbus_xs.c watch_events). */
public enum WatchEvent {
    /** the otherend watch: the frontend directory was removed, so the frontend reads as Unknown. */
    FRONTEND_GONE,
    /** the backend bus watch (be_watch): the backend directory was removed. */
    BACKEND_GONE,
    /** the otherend watch: the frontend switched to Connected (hazard reconnect-during-remove). */
    FRONTEND_CONNECTED,
    /** xenopsd wrote shutdown-request into the backend directory (the XenServer blkback lineage's watch). */
    SHUTDOWN_REQUEST,
    /** a watch of another device of dom0, unrelated to this teardown. */
    OTHER_DEVICE,
    /** a bystander guest's new vbd: the backend bus watch fires and blkback probes it. */
    BYSTANDER_HOTPLUG,
    /** a bystander guest shuts down: its frontend closes and blkback removes its vbd. */
    BYSTANDER_SHUTDOWN;

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
