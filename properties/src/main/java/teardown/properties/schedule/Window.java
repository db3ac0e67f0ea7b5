package teardown.properties.schedule;

import io.vavr.collection.List;
import teardown.checker.Transition;
import teardown.model.Actor;
import teardown.model.Step;
import teardown.model.TeardownState;

/**
 * Interleaving windows where the races live. A run covers a window when one of its steps falls in
 * it; counting how many runs cover each window shows how far a generator reaches.
 */
public enum Window {
    REMOVE_OVERLAPS_IO("blkback's remove runs on xenwatch while a request is in flight"),
    REMOVE_RACES_LAST_COMPLETION("the last in-flight request completes while remove runs on xenwatch"),
    TIMEOUT_WHILE_IO_IN_FLIGHT("xend's 30 s timeout fires while a request is in flight"),
    BACKEND_GONE_WHILE_IO_IN_FLIGHT("the backend directory or sysfs device vanishes while a request is in flight"),
    TARGET_RUNS("the target runs");

    private final String description;

    Window(String description) {
        this.description = description;
    }

    public String id() {
        return name().toLowerCase().replace('_', '-');
    }

    public String description() {
        return description;
    }

    /** Does this one step, taken from {@code before}, fall in the window? */
    public boolean contains(TeardownState before, Transition<TeardownState, Step> t) {
        TeardownState after = t.target();
        return switch (this) {
            case REMOVE_OVERLAPS_IO -> after.views().exists(v -> removing(v) && v.vbd().inFlight() > 0);
            case REMOVE_RACES_LAST_COMPLETION -> t.step().actor() == Actor.DISK && before.views().exists(v -> removing(v)
                    && v.vbd().inFlight() == 1 && after.vbd(v.index()).inFlight() == 0);
            case TIMEOUT_WHILE_IO_IN_FLIGHT -> !before.toolstack().timedOut() && after.toolstack().timedOut()
                    && before.someVbd(v -> v.inFlight() > 0);
            case BACKEND_GONE_WHILE_IO_IN_FLIGHT -> after.views().exists(v -> v.vbd().evidenceSaysGone() && !before.vbd(v.index()).evidenceSaysGone()
                    && v.vbd().inFlight() > 0);
            case TARGET_RUNS -> before.target() != after.target() && after.target() == teardown.model.toolstack.Target.RUNNING;
        };
    }

    /** blkback's remove of this device has started and xenwatch is still inside it. */
    private static boolean removing(teardown.model.DeviceView v) {
        return v.vbd().removes() > 0 && v.xenwatch().busyWith(v.index());
    }

    /** Every window the run's steps fall in, in declaration order. */
    public static List<Window> coveredBy(Interleaving run) {
        List<TeardownState> states = run.path().states();
        return List.of(values()).filter(w -> run.path().steps().zipWithIndex()
                .exists(t -> w.contains(states.get(t._2), t._1)));
    }
}
