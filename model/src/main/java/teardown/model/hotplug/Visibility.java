package teardown.model.hotplug;

/**
 * What the toolstack can see of the device: the sysfs device, the xenstore backend directory and
 * the nodes in it that xend polls, the frontend directory, and the remove uevent's progress.
 * {@code deletedByToolstack} records that xend itself deleted the backend directory (the post's
 * force release), so its absence says nothing about the backend.
 * See docs/model/actors.md#visibility.
 */
public record Visibility(boolean sysfsDevice, boolean backendDir, boolean deletedByToolstack, boolean hotplugStatus,
                         boolean shutdownDone, boolean frontendDir, Uevent uevent) {

    public enum Uevent { NONE, PENDING, HANDLED }

    public static Visibility connected() {
        return new Visibility(true, true, false, true, false, true, Uevent.NONE);
    }

    /** device_del: the sysfs device goes and the KOBJ_REMOVE uevent is emitted for udev. */
    public Visibility deviceDeleted() {
        return new Visibility(false, backendDir, deletedByToolstack, hotplugStatus, shutdownDone, frontendDir, Uevent.PENDING);
    }

    /** The hotplug cleanup removes the backend directory and every node in it (if xend has not already). */
    public Visibility backendDirRemoved() {
        return new Visibility(sysfsDevice, false, deletedByToolstack && !backendDir, false, false, frontendDir, uevent);
    }

    /** xend deletes the backend directory itself, before the backend has done anything. */
    public Visibility backendDirDeletedByToolstack() {
        return new Visibility(sysfsDevice, false, true, false, false, frontendDir, uevent);
    }

    public Visibility frontendDirRemoved() {
        return new Visibility(sysfsDevice, backendDir, deletedByToolstack, hotplugStatus, shutdownDone, false, uevent);
    }

    /** Writing a node under a removed directory re-creates the missing parents (without hotplug-status). */
    public Visibility shutdownDoneWritten() {
        return new Visibility(sysfsDevice, true, false, hotplugStatus && backendDir, true, frontendDir, uevent);
    }

    public Visibility ueventHandled() {
        return new Visibility(sysfsDevice, backendDir, deletedByToolstack, hotplugStatus, shutdownDone, frontendDir, Uevent.HANDLED);
    }
}
