package teardown.model.hotplug;

import teardown.model.xenbus.XenbusState;

/**
 * What xenstore and sysfs show of the device: the sysfs device, the backend directory with the
 * nodes in it that toolstacks read (its state node, hotplug-status, shutdown-done), the frontend
 * directory, and the remove uevent's progress. {@code backendState} is UNKNOWN once the backend
 * directory is gone (a re-created directory has no state node). {@code deletedByToolstack}
 * records that the toolstack itself deleted the backend directory, so its absence says nothing
 * about the backend. {@code online} is the backend's online node, which toolstacks clear before
 * they close a device (frontend_changed keeps a Closed device registered while it is set);
 * {@code recreated}: a late write re-created the backend directory after it had been removed. The frontend's own state node is the guest's, in {@link teardown.model.guest.Blkfront}.
 * See docs/model/actors.md#visibility.
 */
@teardown.model.Api
public record Visibility(boolean sysfsDevice, boolean backendDir, boolean deletedByToolstack, boolean hotplugStatus,
                         boolean shutdownDone, boolean frontendDir, Uevent uevent, XenbusState backendState, boolean online,
                         boolean recreated) {

    public enum Uevent { NONE, PENDING, HANDLED }

    /** A connected device: everything present, backend Connected. */
    public static Visibility connected() {
        return new Visibility(true, true, false, true, false, true, Uevent.NONE, XenbusState.CONNECTED, true, false);
    }

    /**
     * A device the toolstack has just created: backend and frontend directories with state
     * Initialising, no sysfs device yet (the bus watch has not probed it), no hotplug-status yet.
     */
    public static Visibility created() {
        return new Visibility(false, true, false, false, false, true, Uevent.NONE, XenbusState.INITIALISING, true, false);
    }

    /** xenbus_switch_state: writes the backend's state node, never re-creating a removed directory. */
    public Visibility switched(XenbusState to) {
        return new Visibility(sysfsDevice, backendDir, deletedByToolstack, hotplugStatus, shutdownDone, frontendDir, uevent,
                backendDir && backendState != XenbusState.UNKNOWN ? to : backendState, online, recreated);
    }

    /** device_register after a successful probe: the sysfs device exists. */
    public Visibility deviceAdded() {
        return new Visibility(true, backendDir, deletedByToolstack, hotplugStatus, shutdownDone, frontendDir, uevent, backendState, online, recreated);
    }

    /** The hotplug script has run: physical-device and hotplug-status are written. */
    public Visibility hotplugged() {
        return new Visibility(sysfsDevice, backendDir, deletedByToolstack, backendDir, shutdownDone, frontendDir, uevent, backendState, online, recreated);
    }

    /** A toolstack writes online=0, then backend state Closing (5) unless it already reads Closed. */
    public Visibility closing() {
        return new Visibility(sysfsDevice, backendDir, deletedByToolstack, hotplugStatus, shutdownDone, frontendDir, uevent,
                backendDir && backendState != XenbusState.CLOSED ? XenbusState.CLOSING : backendState, false, recreated);
    }

    /** A toolstack writes online=1 again (the proposed sender's abort, withdrawing its drain request). */
    public Visibility backOnline() {
        return new Visibility(sysfsDevice, backendDir, deletedByToolstack, hotplugStatus, shutdownDone, frontendDir, uevent, backendState, true, recreated);
    }

    /** A toolstack writes online=0 alone. */
    public Visibility offline() {
        return new Visibility(sysfsDevice, backendDir, deletedByToolstack, hotplugStatus, shutdownDone, frontendDir, uevent, backendState, false, recreated);
    }

    /** The backend writes state Closed (6); xenbus_switch_state does not re-create a removed directory. */
    public Visibility closed() {
        return switched(XenbusState.CLOSED);
    }

    /** xenopsd's udev block script on the remove uevent deletes the hotplug key it waits for. */
    public Visibility hotplugKeyRemoved() {
        return new Visibility(sysfsDevice, backendDir, deletedByToolstack, false, shutdownDone, frontendDir, uevent, backendState, online, recreated);
    }

    /** device_del: the sysfs device goes and the KOBJ_REMOVE uevent is emitted for udev. */
    public Visibility deviceDeleted() {
        return new Visibility(false, backendDir, deletedByToolstack, hotplugStatus, shutdownDone, frontendDir, Uevent.PENDING, backendState, online, recreated);
    }

    /** The hotplug cleanup removes the backend directory and every node in it (if xend has not already). */
    public Visibility backendDirRemoved() {
        return new Visibility(sysfsDevice, false, deletedByToolstack && !backendDir, false, false, frontendDir, uevent, XenbusState.UNKNOWN, online, recreated);
    }

    /** xend deletes the backend directory itself, before the backend has done anything. */
    public Visibility backendDirDeletedByToolstack() {
        return new Visibility(sysfsDevice, false, true, false, false, frontendDir, uevent, XenbusState.UNKNOWN, online, recreated);
    }

    public Visibility frontendDirRemoved() {
        return new Visibility(sysfsDevice, backendDir, deletedByToolstack, hotplugStatus, shutdownDone, false, uevent, backendState, online, recreated);
    }

    /** Writing a node under a removed directory re-creates the missing parents (without hotplug-status). */
    public Visibility shutdownDoneWritten() {
        return new Visibility(sysfsDevice, true, false, hotplugStatus && backendDir, true, frontendDir, uevent, backendState, online,
                recreated || !backendDir);
    }

    public Visibility ueventHandled() {
        return new Visibility(sysfsDevice, backendDir, deletedByToolstack, hotplugStatus, shutdownDone, frontendDir, Uevent.HANDLED, backendState, online, recreated);
    }
}
