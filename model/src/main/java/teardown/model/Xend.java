package teardown.model;

/** The source toolstack variants of docs/model/toolstacks.md#toolstacks. */
public enum Xend {
    XEND31("xend 3.1 as in the post's tree: destroyDomain, then poll until no listed device has hotplug-status (30 s timeout), then unleash"),
    XENDPATCHED("the post's xend: force-release devices, poll for shutdown-done, unleash, then destroyDomain");

    private final String description;

    Xend(String description) {
        this.description = description;
    }

    public String id() {
        return name().toLowerCase();
    }

    public String description() {
        return description;
    }
}
