package teardown.properties;

import io.vavr.collection.List;

/**
 * The properties a run can check, with the ids used on the command line, in text and in JSON.
 * See docs/model/properties.md#properties.
 */
public enum PropertyId {
    NO_VANISH_BEFORE_IO_DONE("whenever the toolstack's evidence says the device is gone, no source request is in flight or can still be submitted"),
    NO_UNLEASH_BEFORE_IO_DONE("the target never runs while a source request is in flight or can still be submitted"),
    NO_USE_AFTER_FREE("no actor touches a freed backend_info or blkif"),
    NO_DEADLOCK("no reachable state where nothing can move but the teardown has not finished (unless every blocked thread waits only for a disk that never completes)"),
    CLOSED_MEANS_DRAINED("whenever the backend's state reads Closed, no source request is in flight or can still be submitted"),
    NO_LOST_UPDATE("no source write reaches the disk after the target has written the same block again"),
    XENWATCH_PROGRESS("every callback xenwatch starts returns and every queued watch event is delivered (weak fairness)"),
    BYSTANDERS_PROGRESS("every watch event of another guest (a bystander's hot-plug or shutdown; with no bystander, another device's event) is eventually delivered (weak fairness)"),
    MIGRATION_COMPLETES("the migration ends with the target running after the source's I/O was done, or, where the disk does not complete, with a clean, visible abort (weak fairness)");

    private final String description;

    PropertyId(String description) {
        this.description = description;
    }

    public String id() {
        return name().toLowerCase().replace('_', '-');
    }

    public String description() {
        return description;
    }

    public boolean isLiveness() {
        return this == XENWATCH_PROGRESS || this == BYSTANDERS_PROGRESS || this == MIGRATION_COMPLETES;
    }

    public static List<PropertyId> safety() {
        return List.of(values()).filter(p -> !p.isLiveness());
    }

    public static List<PropertyId> all() {
        return List.of(values());
    }
}
