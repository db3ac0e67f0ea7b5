package teardown.properties.schedule;

import teardown.checker.Path;
import teardown.model.Step;
import teardown.model.TeardownState;

/**
 * A schedule played on the model: the path it took and why it stopped. {@code played} is the
 * schedule in canonical form (each choice reduced to the index actually taken), so replaying it
 * gives the same path.
 */
public record Interleaving(Schedule played, Path<TeardownState, Step> path, End end) {

    /** Why a run stopped. */
    public enum End {
        /** no actor can move: the run is over, for better (torn down) or worse (stuck). */
        NO_STEP_ENABLED,
        /** steps were still enabled but the schedule had no more choices. */
        SCHEDULE_USED_UP
    }

    public boolean stopped() {
        return end == End.NO_STEP_ENABLED;
    }
}
