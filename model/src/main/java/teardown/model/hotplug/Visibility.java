package teardown.model.hotplug;

/**
 * What the toolstack can see of the device: the sysfs device, the xenstore backend directory and
 * the nodes in it that xend polls, the frontend directory, and the remove uevent's progress.
 */
public record Visibility(boolean sysfsDevice, boolean backendDir, boolean hotplugStatus, boolean shutdownDone,
                         boolean frontendDir, Uevent uevent) {

    public enum Uevent { NONE, PENDING, HANDLED }

    public static Visibility connected() {
        return new Visibility(true, true, true, false, true, Uevent.NONE);
    }

    /** device_del: the sysfs device goes and the KOBJ_REMOVE uevent is emitted for udev. */
    public Visibility deviceDeleted() {
        return new Visibility(false, backendDir, hotplugStatus, shutdownDone, frontendDir, Uevent.PENDING);
    }

    /** Removing the backend directory takes every node in it. */
    public Visibility backendDirRemoved() {
        return new Visibility(sysfsDevice, false, false, false, frontendDir, uevent);
    }

    public Visibility frontendDirRemoved() {
        return new Visibility(sysfsDevice, backendDir, hotplugStatus, shutdownDone, false, uevent);
    }

    /** Writing a node under a removed directory re-creates the missing parents (without hotplug-status). */
    public Visibility shutdownDoneWritten() {
        return new Visibility(sysfsDevice, true, hotplugStatus && backendDir, true, frontendDir, uevent);
    }

    public Visibility ueventHandled() {
        return new Visibility(sysfsDevice, backendDir, hotplugStatus, shutdownDone, frontendDir, Uevent.HANDLED);
    }
}
