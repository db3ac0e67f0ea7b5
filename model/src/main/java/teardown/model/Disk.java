package teardown.model;

/** How the physical disk behind the device behaves (docs/model/disks.md#disks). */
@Api
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

    /** A switch kept apart from the three standard disks, only checked when asked for (docs/model/choices.md#17-a-dead-disk-is-a-separate-switch). */
    public boolean isStandard() {
        return this != DEAD;
    }
}
