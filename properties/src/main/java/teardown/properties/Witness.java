package teardown.properties;

import teardown.model.toolstack.ToolstackProgress.Phase;
import java.util.function.Predicate;
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
}
