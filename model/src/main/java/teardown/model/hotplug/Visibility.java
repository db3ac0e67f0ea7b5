package teardown.model.hotplug;

/**
 * What the toolstack can see of the device: the sysfs device, the xenstore backend directory and
 * the nodes in it that xend polls, the frontend directory, and the remove uevent's progress.
 * {@code deletedByToolstack} records that xend itself deleted the backend directory (the post's
 * force release), so its absence says nothing about the backend.
 * See docs/model/actors.md#visibility.
 */
public record Visibility(boolean sysfsDevice, boolean backendDir, boolean deletedByToolstack, boolean hotplugStatus,
                         boolean shutdownDone, boolean frontendDir, Uevent uevent, BackendState backendState) {

    public enum Uevent { NONE, PENDING, HANDLED }

    /** The backend's xenbus state node; ABSENT once its directory is gone (a re-created directory has no state node). */
    public enum BackendState { CONNECTED, CLOSING, CLOSED, ABSENT }

    public static Visibility connected() {
        return new Visibility(true, true, false, true, false, true, Uevent.NONE, BackendState.CONNECTED);
    }

    /** A toolstack writes backend state Closing (5). */
    public Visibility closing() {
        return new Visibility(sysfsDevice, backendDir, deletedByToolstack, hotplugStatus, shutdownDone, frontendDir, uevent,
                backendDir && backendState != BackendState.CLOSED ? BackendState.CLOSING : backendState);
    }

    /** The backend writes state Closed (6); xenbus_switch_state does not re-create a removed directory. */
    public Visibility closed() {
        return new Visibility(sysfsDevice, backendDir, deletedByToolstack, hotplugStatus, shutdownDone, frontendDir, uevent,
                backendDir && backendState != BackendState.ABSENT ? BackendState.CLOSED : backendState);
    }

    /** xenopsd's udev block script on the remove uevent deletes the hotplug key it waits for. */
    public Visibility hotplugKeyRemoved() {
        return new Visibility(sysfsDevice, backendDir, deletedByToolstack, false, shutdownDone, frontendDir, uevent, backendState);
    }

    /** device_del: the sysfs device goes and the KOBJ_REMOVE uevent is emitted for udev. */
    public Visibility deviceDeleted() {
        return new Visibility(false, backendDir, deletedByToolstack, hotplugStatus, shutdownDone, frontendDir, Uevent.PENDING, backendState);
    }

    /** The hotplug cleanup removes the backend directory and every node in it (if xend has not already). */
    public Visibility backendDirRemoved() {
        return new Visibility(sysfsDevice, false, deletedByToolstack && !backendDir, false, false, frontendDir, uevent, BackendState.ABSENT);
    }

    /** xend deletes the backend directory itself, before the backend has done anything. */
    public Visibility backendDirDeletedByToolstack() {
        return new Visibility(sysfsDevice, false, true, false, false, frontendDir, uevent, BackendState.ABSENT);
    }

    public Visibility frontendDirRemoved() {
        return new Visibility(sysfsDevice, backendDir, deletedByToolstack, hotplugStatus, shutdownDone, false, uevent, backendState);
    }

    /** Writing a node under a removed directory re-creates the missing parents (without hotplug-status). */
    public Visibility shutdownDoneWritten() {
        return new Visibility(sysfsDevice, true, false, hotplugStatus && backendDir, true, frontendDir, uevent, backendState);
    }

    public Visibility ueventHandled() {
        return new Visibility(sysfsDevice, backendDir, deletedByToolstack, hotplugStatus, shutdownDone, frontendDir, Uevent.HANDLED, backendState);
    }
}
