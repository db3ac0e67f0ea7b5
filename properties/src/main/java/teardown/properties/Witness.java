package teardown.properties;

import teardown.model.toolstack.ToolstackProgress.Phase;
import io.vavr.control.Option;
import java.util.function.Predicate;
import teardown.model.Configuration;
import teardown.model.Scenario;
import teardown.model.access.Part;
import teardown.model.TeardownState;
import teardown.model.toolstack.Target;

/**
 * States every variant should be able to reach ("sometimes" properties). A witness that is never
 * reached means the model never enters the window a safety verdict depends on, so it is reported.
 * See docs/model/properties.md#witnesses.
 */
public enum Witness {
    REMOVE_RACES_IO("blkback's remove is running on xenwatch while a request is in flight",
            s -> s.views().exists(v -> v.vbd().removes() > 0 && v.xenwatch().busyWith(v.index()) && v.vbd().inFlight() > 0)),
    POLL_WHILE_VISIBLE("the toolstack polls while the backend directory is still in xenstore",
            s -> Phase.polling(s.toolstack().phase()) && s.someVbd(v -> v.visibility().backendDir())),
    TARGET_RUNS("the migrated guest runs on the target",
            s -> s.target() == Target.RUNNING),
    BACKEND_CLOSED("the backend's state reads Closed, the evidence today's toolstacks wait for",
            s -> s.someVbd(teardown.model.Vbd::backendClosed)),
    TARGET_WRITES_AGAIN("the target writes again a block the source had written (or re-issued)",
            s -> s.someVbd(v -> v.history().targetWroteAgain()));

    private final String description;
    private final Predicate<TeardownState> predicate;

    Witness(String description, Predicate<TeardownState> predicate) {
        this.description = description;
        this.predicate = predicate;
    }

    public String id() {
        return name().toLowerCase().replace('_', '-');
    }

    public String description() {
        return description;
    }

    public Predicate<TeardownState> predicate() {
        return predicate;
    }

    /** The parts of the state, on every device, that the witness reads (see {@link PropertyId#reads()}). */
    public io.vavr.collection.List<Part> reads() {
        return switch (this) {
            case REMOVE_RACES_IO -> io.vavr.collection.List.of(Part.XENBUS_DEVICE, Part.XENWATCH, Part.REQUESTS);
            case POLL_WHILE_VISIBLE -> io.vavr.collection.List.of(Part.TOOLSTACK, Part.VISIBILITY);
            case TARGET_RUNS -> io.vavr.collection.List.of(Part.TARGET);
            case BACKEND_CLOSED -> io.vavr.collection.List.of(Part.VISIBILITY);
            case TARGET_WRITES_AGAIN -> io.vavr.collection.List.of(Part.HISTORY);
        };
    }

    /**
     * Why this window cannot exist in a configuration, if it cannot: the target exists only in a
     * migration, and a request in flight at remove needs one outstanding when the run starts
     * (outside frontend-writes, where the guest issues its own).
     */
    public Option<String> inapplicable(Configuration c) {
        return switch (this) {
            case TARGET_RUNS, TARGET_WRITES_AGAIN -> c.scenario() == Scenario.MIGRATE ? Option.none()
                    : Option.some(id() + " needs a migration; scenario " + c.scenario().id() + " has none");
            case REMOVE_RACES_IO -> c.requests() == 0 && c.scenario() != Scenario.FRONTEND_WRITES
                    ? Option.some(id() + " needs a request outstanding; --requests is 0") : Option.none();
            default -> Option.none();
        };
    }
}
