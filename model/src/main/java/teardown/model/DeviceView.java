package teardown.model;

import teardown.model.blkback.BackendInfo;
import teardown.model.blkback.Blkif;
import teardown.model.blkback.DevSem;
import teardown.model.blkback.Kthread;
import teardown.model.blkback.Requests;
import teardown.model.guest.GuestHistory;
import teardown.model.hotplug.Visibility;
import teardown.model.xenbus.Environment;
import teardown.model.xenbus.Xenwatch;
import teardown.model.toolstack.Target;
import teardown.model.toolstack.ToolstackProgress;

/**
 * The whole state as one device's actors see it: that device's {@link Vbd} and everything shared.
 * The per-device steps (xenblkd, the disk, the driver's remove on xenwatch, udev) are written
 * against it, so they read as if there were one device; {@code index} says which. A step's
 * changes to the device stay in {@code vbd} until {@link #whole} puts them back, so a chain of
 * {@code with} calls builds one new state, not one per call.
 */
public record DeviceView(TeardownState shared, int index, Vbd vbd) {

    public DeviceView(TeardownState whole, int index) {
        this(whole, index, whole.vbd(index));
    }

    /** The whole state, this device's changes included. */
    public TeardownState whole() {
        return shared.vbd(index) == vbd ? shared : shared.withVbd(index, vbd);
    }

    public Requests requests() {
        return vbd().requests();
    }

    public Kthread xenblkd() {
        return vbd().xenblkd();
    }

    public Blkif blkif() {
        return vbd().blkif();
    }

    public BackendInfo be() {
        return vbd().be();
    }

    public Visibility visibility() {
        return vbd().visibility();
    }

    public GuestHistory history() {
        return vbd().history();
    }

    public DevSem devSem() {
        return shared.devSem();
    }

    public Xenwatch xenwatch() {
        return shared.xenwatch();
    }

    public ToolstackProgress toolstack() {
        return shared.toolstack();
    }

    public Target target() {
        return shared.target();
    }

    public Environment environment() {
        return shared.environment();
    }

    public Disk disk(Configuration c) {
        return c.disk(index);
    }

    private DeviceView with(Vbd v) {
        return new DeviceView(shared, index, v);
    }

    public DeviceView with(Requests r) {
        return with(vbd().with(r));
    }

    public DeviceView with(Kthread k) {
        return with(vbd().with(k));
    }

    public DeviceView with(Blkif b) {
        return with(vbd().with(b));
    }

    public DeviceView with(BackendInfo b) {
        return with(vbd().with(b));
    }

    public DeviceView with(Visibility v) {
        return with(vbd().with(v));
    }

    public DeviceView with(GuestHistory h) {
        return with(vbd().with(h));
    }

    public DeviceView removeStarted() {
        return with(vbd().removeStarted());
    }

    public DeviceView reconnected() {
        return with(vbd().reconnected());
    }

    public DeviceView with(DevSem d) {
        return new DeviceView(shared.with(d), index, vbd);
    }

    public DeviceView with(Xenwatch w) {
        return new DeviceView(shared.with(w), index, vbd);
    }

    public DeviceView with(ToolstackProgress t) {
        return new DeviceView(shared.with(t), index, vbd);
    }

    public DeviceView with(Target t) {
        return new DeviceView(shared.with(t), index, vbd);
    }

    public DeviceView withFault(String what) {
        return new DeviceView(shared.withFault(what), index, vbd);
    }

    // ---- what the properties observe, for this device ----

    /**
     * xenblkd may still submit a ring request: it is in its loop and the ring is not empty. The
     * 2.6.18-era do_block_io_op does not check kthread_should_stop, so a stopped thread still
     * empties the ring once; upstream's __do_block_io_op stops consuming as soon as it is set.
     */
    public boolean canStillSubmit(Driver driver) {
        return xenblkd().phase().inLoop() && requests().onRing() > 0
                && !(driver.stopsConsumingOnStop() && xenblkd().shouldStop());
    }

    /** No source request of this device is in flight and none can still be submitted. */
    public boolean ioDone(Driver driver) {
        return requests().inFlight() == 0 && !canStillSubmit(driver);
    }

    /**
     * The backend's own footprint says the device is gone: its sysfs device removed, its backend
     * directory removed by the hotplug cleanup that follows remove, or shutdown-done written. A
     * directory xend deleted itself is not the backend vanishing; what xend then does with its
     * missing evidence is no-unleash-before-io-done's business.
     */
    public boolean evidenceSaysGone() {
        Visibility v = visibility();
        return (!v.backendDir() && !v.deletedByToolstack()) || !v.sysfsDevice() || v.shutdownDone();
    }

    /** The backend's state node reads Closed (the evidence today's toolstacks read; docs/model/todays-stacks.md). */
    public boolean backendClosed() {
        return visibility().backendDir() && visibility().backendState() == Visibility.BackendState.CLOSED;
    }

    /** This device's thread has exited, its structures are freed and udev has handled its remove. */
    public boolean released() {
        return xenblkd().phase() == Kthread.Phase.EXITED && blkif().freed() && be().freed()
                && visibility().uevent() != Visibility.Uevent.PENDING;
    }
}
