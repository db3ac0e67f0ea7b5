package teardown.model.access;

/**
 * A part of the global state that steps read and write, at the grain partial-order reduction
 * needs: two steps that touch no common part (or only read one) cannot affect each other. Each
 * part exists once per ring, per device, per bystander guest, or once for the whole system.
 * See docs/model/access.md.
 */
public enum Part {
    /** A ring's requests: on the ring, in flight, completed, still to issue. */
    REQUESTS(Scope.RING),
    /** A ring's xenblkd thread, its pointer, and whether the ring is mapped and active. */
    RING(Scope.RING),
    BLKIF(Scope.DEVICE),
    BACKEND_INFO(Scope.DEVICE),
    /** What the toolstack can see of the device: sysfs, xenstore directories and nodes, the uevent. */
    VISIBILITY(Scope.DEVICE),
    /** The guest's blkfront for the device: its state node, whether the disk is in use, its writes left. */
    BLKFRONT(Scope.DEVICE),
    /** What the guest's data on the disk has been through (the source's writes, the target's). */
    HISTORY(Scope.DEVICE),
    /** The xenbus device: how many removes ran on it, whether its frontend reconnected. */
    XENBUS_DEVICE(Scope.DEVICE),
    /** xenwatch's callback: where it stopped, for which device. */
    XENWATCH(Scope.SHARED),
    /** xenwatch's queue of pending watch events. */
    WATCH_QUEUE(Scope.SHARED),
    DEV_SEM(Scope.SHARED),
    TOOLSTACK(Scope.SHARED),
    TARGET(Scope.SHARED),
    GUEST(Scope.SHARED),
    MODULE(Scope.SHARED),
    ENVIRONMENT(Scope.SHARED),
    /** The use after free a step committed, if any. */
    FAULT(Scope.SHARED),
    BYSTANDER(Scope.BYSTANDER);

    /** How many copies of a part there are. */
    public enum Scope { SHARED, DEVICE, RING, BYSTANDER }

    private final Scope scope;

    Part(Scope scope) {
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }
}
