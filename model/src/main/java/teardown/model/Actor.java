package teardown.model;

/** Who takes a step: the threads and outside parties of docs/model/actors.md#actors. */
@Api
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
    /**
     * the guest at its own pace, owed no fairness: its kernel writing the frontend's state node at
     * will (a reconnect, a kexec, a buggy or hostile guest), its applications issuing requests and
     * unmounting the disk.
     */
    FRONTEND,
    /** the guest's blkfront driver reacting to the backend's state (its own otherend watch), as its source does. */
    BLKFRONT,
    /** dom0's administrator, owed no fairness: unloads the blkback module once nothing holds it. */
    ADMIN,
    /** the kernel work queue that runs upstream's deferred free. */
    WORKQUEUE,
    /** the source guest's blkfront at suspend: a FreeBSD guest drains, or cancels the suspend. */
    GUEST,
    /** another guest on the same host whose device hot-plug and shutdown go through the same xenwatch. */
    BYSTANDER;

    /** Each device (or bystander guest) has its own: its steps are fair, and named, one instance at a time. */
    public boolean perInstance() {
        return switch (this) {
            case XENBLKD, DISK, UDEV, WORKQUEUE, FRONTEND, BLKFRONT, BYSTANDER -> true;
            default -> false;
        };
    }

    public String id() {
        return name().toLowerCase().replace('_', '-');
    }
}
