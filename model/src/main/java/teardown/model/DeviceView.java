package teardown.model;

import io.vavr.collection.Array;
import teardown.model.blkback.BackendInfo;
import teardown.model.blkback.Blkif;
import teardown.model.blkback.DevSem;
import teardown.model.blkback.Kthread;
import teardown.model.blkback.Requests;
import teardown.model.blkback.Ring;
import teardown.model.guest.Blkfront;
import teardown.model.guest.GuestHistory;
import teardown.model.hotplug.Visibility;
import teardown.model.toolstack.Target;
import teardown.model.toolstack.ToolstackProgress;
import teardown.model.xenbus.Environment;
import teardown.model.xenbus.Xenwatch;

/**
 * The whole state as one device's actors see it: that device's {@link Vbd} and everything shared.
 * The per-device steps (xenblkd, the disk, the driver's code on xenwatch, udev) are written
 * against it, so they read as if there were one device; {@code index} says which. A per-ring
 * actor (a ring's xenblkd, the disk completing that ring's requests) sees the view focused on its
 * ring, {@code focus}: {@link #requests} and {@link #xenblkd} are that ring's. A step's changes to
 * the device stay in {@code vbd} until {@link #whole} puts them back, so a chain of {@code with}
 * calls builds one new state, not one per call.
 */
@Api
public record DeviceView(TeardownState shared, int index, Vbd vbd, int focus) {

    public DeviceView(TeardownState whole, int index) {
        this(whole, index, whole.vbd(index), 0);
    }

    /** The whole state, this device's changes included. */
    public TeardownState whole() {
        return shared.vbd(index) == vbd ? shared : shared.withVbd(index, vbd);
    }

    /** The same view, focused on ring {@code r}. */
    public DeviceView onRing(int r) {
        return new DeviceView(shared, index, vbd, r);
    }

    public Array<Ring> rings() {
        return vbd.rings();
    }

    /** The ring in focus. */
    public Ring ring() {
        return vbd.ring(focus);
    }

    public Ring ring(int r) {
        return vbd.ring(r);
    }

    /** The requests of the ring in focus. */
    public Requests requests() {
        return ring().requests();
    }

    /** The xenblkd thread of the ring in focus. */
    public Kthread xenblkd() {
        return ring().xenblkd();
    }

    public Blkif blkif() {
        return vbd.blkif();
    }

    public BackendInfo be() {
        return vbd.be();
    }

    public Visibility visibility() {
        return vbd.visibility();
    }

    public Blkfront frontend() {
        return vbd.frontend();
    }

    public GuestHistory history() {
        return vbd.history();
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
        return new DeviceView(shared, index, v, focus);
    }

    /** The ring in focus changed. */
    public DeviceView with(Ring r) {
        return with(vbd.withRing(focus, r));
    }

    public DeviceView withRing(int r, Ring ring) {
        return with(vbd.withRing(r, ring));
    }

    public DeviceView with(Requests r) {
        return with(ring().with(r));
    }

    public DeviceView with(Kthread k) {
        return with(ring().with(k));
    }

    public DeviceView with(Blkif b) {
        return with(vbd.with(b));
    }

    public DeviceView with(BackendInfo b) {
        return with(vbd.with(b));
    }

    public DeviceView with(Visibility v) {
        return with(vbd.with(v));
    }

    public DeviceView with(Blkfront f) {
        return with(vbd.with(f));
    }

    public DeviceView with(GuestHistory h) {
        return with(vbd.with(h));
    }

    public DeviceView removeStarted() {
        return with(vbd.removeStarted());
    }

    public DeviceView reconnected() {
        return with(vbd.reconnected());
    }

    public DeviceView with(DevSem d) {
        return new DeviceView(shared.with(d), index, vbd, focus);
    }

    public DeviceView with(Xenwatch w) {
        return new DeviceView(shared.with(w), index, vbd, focus);
    }

    public DeviceView with(ToolstackProgress t) {
        return new DeviceView(shared.with(t), index, vbd, focus);
    }

    public DeviceView with(Target t) {
        return new DeviceView(shared.with(t), index, vbd, focus);
    }

    public DeviceView withShared(TeardownState s) {
        return new DeviceView(s, index, vbd, focus);
    }

    public DeviceView withFault(String what) {
        return new DeviceView(shared.withFault(what), index, vbd, focus);
    }

    /** The ring in focus may still submit a request (see {@link Vbd#canStillSubmit}). */
    public boolean canStillSubmit(Driver driver) {
        return vbd.canStillSubmit(driver, focus);
    }
}
