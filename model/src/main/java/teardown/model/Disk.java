package teardown.model;

/** How the physical disk behind the device behaves (REFERENCE.md section 2). */
public enum Disk {
    HEALTHY("every submitted request completes; xend's 30 s timeout fires only when nothing else can move"),
    HUNG("no submitted request ever completes; submit_bio still returns"),
    SLOW("requests complete, but xend's 30 s timeout may fire before they do"),
    DEAD("no request completes and the queue is full: submit_bio itself blocks xenblkd");

    private final String description;

    Disk(String description) {
        this.description = description;
    }

    public String id() {
        return name().toLowerCase();
    }

    public String description() {
        return description;
    }

    public boolean completes() {
        return this == HEALTHY || this == SLOW;
    }

    /** The switch REFERENCE.md keeps apart from the three standard disks: only checked when asked for. */
    public boolean isStandard() {
        return this != DEAD;
    }
}
