package teardown.model;

/** Who takes a step: the threads and outside parties of docs/model/actors.md#actors. */
public enum Actor {
    /** dom0's single xenstore watch thread, running every watch callback under xenwatch_mutex. */
    XENWATCH,
    /** the blkback kernel thread of this device's blkif. */
    XENBLKD,
    /** the physical disk completing submitted requests (bio end_io). */
    DISK,
    /** udev running the hotplug cleanup script on the kernel's remove uevent. */
    UDEV,
    /** xend on the source host, running XendCheckpoint.save and what follows. */
    TOOLSTACK,
    /** the migrated guest on the target host. */
    TARGET,
    /** another device of dom0 whose watch fires during teardown, so a stalled xenwatch shows. */
    OTHER_DEVICE,
    /** the guest's block frontend (only acts under the reconnect-during-remove hazard). */
    FRONTEND,
    /** the kernel work queue that runs upstream's deferred free. */
    WORKQUEUE,
    /** the source guest's blkfront at suspend: a FreeBSD guest drains, or cancels the suspend. */
    GUEST,
    /** another guest on the same host whose device hot-plug and shutdown go through the same xenwatch. */
    BYSTANDER;

    /** Each device (or bystander guest) has its own: its steps are fair, and named, one instance at a time. */
    public boolean perInstance() {
        return switch (this) {
            case XENBLKD, DISK, UDEV, WORKQUEUE, FRONTEND, BYSTANDER -> true;
            default -> false;
        };
    }

    public String id() {
        return name().toLowerCase().replace('_', '-');
    }
}
