package teardown.properties;

import io.vavr.collection.List;
import io.vavr.control.Option;
import teardown.model.Configuration;
import teardown.model.Scenario;
import teardown.model.access.Part;

/**
 * The properties a run can check, with the ids used on the command line, in text and in JSON.
 * See docs/model/properties.md#properties.
 */
public enum PropertyId implements Column {
    NO_VANISH_BEFORE_IO_DONE("whenever the toolstack's evidence says the device is gone, no source request is in flight or can still be submitted"),
    NO_UNLEASH_BEFORE_IO_DONE("the target never runs while a source request is in flight or can still be submitted"),
    NO_USE_AFTER_FREE("no actor touches a freed backend_info or blkif"),
    NO_DEADLOCK("no reachable state where nothing can move but the teardown has not finished (unless every blocked thread waits only for a disk that never completes)"),
    CLOSED_MEANS_DRAINED("whenever the backend's state reads Closed, no source request is in flight or can still be submitted"),
    NO_LOST_UPDATE("no source write reaches the disk after the target has written the same block again"),
    XENWATCH_PROGRESS("every callback xenwatch starts returns and every queued watch event is delivered (weak fairness)"),
    BYSTANDERS_PROGRESS("every watch event of another guest (a bystander's hot-plug or shutdown; with no bystander, another device's event) is eventually delivered (weak fairness)"),
    MIGRATION_COMPLETES("the migration ends with the target running after the source's I/O was done, or, where the disk does not complete, with a clean, visible abort (weak fairness)"),
    NO_LEAK("once a device's removal has begun, its threads, rings, blkif and backend_info are all eventually freed and its backing device released (weak fairness)"),
    NO_REQUEST_LOST("every request the guest issued is eventually answered, or re-issued by the migrated guest on the target; no guest waits for ever (weak fairness)"),
    WATCH_QUEUE_BOUNDED("xenwatch's queue of pending watch events never holds more than the bound (--watch-queue-bound)"),
    NO_LEFTOVERS("once the toolstack has finished and everything has settled, no xenstore directory of the device remains, and none was re-created after its removal"),
    SOURCE_RESUMES("after a migration is aborted, the source guest runs again with its disks served, and every request it had outstanding is answered by the source (weak fairness)");

    private final String description;

    PropertyId(String description) {
        this.description = description;
    }

    @Override
    public String id() {
        return name().toLowerCase().replace('_', '-');
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public teardown.checker.Property<teardown.model.TeardownState, teardown.model.Step> property(Configuration c) {
        return TeardownProperties.of(this, c);
    }

    @Override
    public String definition() {
        return "Full definition: docs/model/properties.md#" + id() + " in the repository";
    }

    /**
     * The parts of the state, on every device, that the property reads: a step that writes none of
     * them cannot change its verdict (partial-order reduction may postpone it). Deadlock checks read
     * nothing: a reduced search keeps every state where nothing can move.
     */
    public List<Part> reads() {
        List<Part> device = List.of(Part.REQUESTS, Part.RING, Part.BLKIF, Part.BACKEND_INFO, Part.VISIBILITY);
        return switch (this) {
            case NO_VANISH_BEFORE_IO_DONE, CLOSED_MEANS_DRAINED -> device;
            case NO_UNLEASH_BEFORE_IO_DONE -> device.append(Part.TARGET);
            case NO_USE_AFTER_FREE -> List.of(Part.FAULT);
            case NO_LOST_UPDATE -> List.of(Part.HISTORY);
            case WATCH_QUEUE_BOUNDED -> List.of(Part.WATCH_QUEUE);
            case NO_DEADLOCK, NO_LEFTOVERS -> List.empty();
            default -> List.of(Part.values()); // leads-to: judged on the full graph
        };
    }

    @Override
    public boolean isLiveness() {
        return this == XENWATCH_PROGRESS || this == BYSTANDERS_PROGRESS || this == MIGRATION_COMPLETES || this == NO_LEAK || this == NO_REQUEST_LOST
                || this == SOURCE_RESUMES;
    }

    /**
     * Why the property cannot apply to a configuration, if it cannot: a migration's properties
     * outside a migration; what only a disk that completes can promise, on one that does not.
     */
    @Override
    public Option<String> inapplicable(Configuration c) {
        boolean migration = c.scenario() == Scenario.MIGRATE;
        return switch (this) {
            case NO_UNLEASH_BEFORE_IO_DONE, NO_LOST_UPDATE, MIGRATION_COMPLETES -> migration ? Option.none()
                    : Option.some(id() + " needs a migration; scenario " + c.scenario().id() + " has none");
            case NO_LEAK, NO_REQUEST_LOST -> c.allComplete() ? Option.none()
                    : Option.some(id() + " needs disks that complete; a hung or dead disk holds its requests for ever");
            case SOURCE_RESUMES -> !migration ? Option.some(id() + " needs a migration; scenario " + c.scenario().id() + " has none")
                    : !c.toolstack().abortsMigration() && !c.frontend().cancelsSuspend()
                    ? Option.some(id() + ": toolstack " + c.toolstack().id() + " never aborts a migration after the final suspend in the model, and frontend "
                    + c.frontend().id() + " never cancels it")
                    : !c.allComplete() ? Option.some(id() + " needs disks that complete; a hung or dead disk holds its requests for ever") : Option.none();
            case NO_LEFTOVERS -> migration && c.toolstack().hotplug() == teardown.model.toolstack.Toolstack.Hotplug.HOTPLUG_KEY
                    ? Option.some(id() + ": xenopsd's removal of the backend paths is not modelled") : Option.none();
            default -> Option.none();
        };
    }

    public static List<PropertyId> safety() {
        return List.of(values()).filter(p -> !p.isLiveness());
    }

    public static List<PropertyId> all() {
        return List.of(values());
    }
}
