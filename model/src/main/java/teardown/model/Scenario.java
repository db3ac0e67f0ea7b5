package teardown.model;

/**
 * Which part of the device's life is checked (docs/model/scenarios.md). Each starts where its
 * story starts and ends when the toolstack is done and everything it set off has settled.
 */
@Api
public enum Scenario {
    MIGRATE("live migration: the guest is suspended with requests outstanding, its state is sent, and the source's devices are torn down"),
    DETACH("hot-unplug of a connected vbd from a running guest (xl block-detach, xm block-detach), with requests outstanding"),
    DESTROY("forced destroy of a running guest with requests outstanding (xl destroy, xm destroy)"),
    FRONTEND_WRITES("a freshly created device whose guest writes its frontend state node at will (any XenbusState, in any order), "
            + "issues requests once connected, and is destroyed at some point");

    private final String description;

    Scenario(String description) {
        this.description = description;
    }

    public String id() {
        return name().toLowerCase().replace('_', '-');
    }

    public String description() {
        return description;
    }

    /** The guest runs on, so its blkfront acts on the backend's state changes. */
    public boolean guestRuns() {
        return this != MIGRATE;
    }
}
