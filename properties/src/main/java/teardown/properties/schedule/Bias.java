package teardown.properties.schedule;

import io.vavr.collection.List;
import java.util.function.BiPredicate;
import teardown.model.Actor;
import teardown.model.Configuration;
import teardown.model.Successor;
import teardown.model.Teardown;
import teardown.model.TeardownState;

/**
 * Deterministic scheduling policies that steer a run straight into a race window. Uniform random
 * choices reach these windows too, but rarely with many requests; the generators offer the
 * schedules these policies produce as edge cases so the windows are tried early.
 */
public enum Bias {
    /** completions only when nothing else can move: remove and the timeout overlap as much I/O as possible. */
    DISK_LAST((s, step) -> step.step().actor() != Actor.DISK),
    /** let the disk complete all but one request, then hold that one back: remove races the last completion. */
    LAST_COMPLETION_LATE((s, step) -> step.step().actor() != Actor.DISK || s.vbds().map(teardown.model.Vbd::inFlight).sum().intValue() > 1),
    /** the toolstack moves whenever it can: its timeout fires as early as the disk allows. */
    TOOLSTACK_FIRST((s, step) -> step.step().actor() == Actor.TOOLSTACK),
    /** xenwatch moves whenever it can: remove starts before xenblkd or the disk do anything. */
    XENWATCH_FIRST((s, step) -> step.step().actor() == Actor.XENWATCH),
    /** the disk drains first: the benign order, the baseline every variant should survive. */
    DISK_FIRST((s, step) -> step.step().actor() == Actor.DISK);

    private final BiPredicate<TeardownState, Successor> preferred;

    Bias(BiPredicate<TeardownState, Successor> preferred) {
        this.preferred = preferred;
    }

    /** The schedule this policy plays from the given initial state, at most {@code maxSteps} long. */
    public Schedule schedule(Configuration c, int start, int maxSteps) {
        List<TeardownState> initials = Teardown.initialStates(c);
        TeardownState state = initials.get(Math.floorMod(start, initials.size()));
        java.util.List<Integer> choices = new java.util.ArrayList<>();
        for (int i = 0; i < maxSteps; i++) {
            List<Successor> enabled = Teardown.successors(c, state);
            if (enabled.isEmpty()) {
                break;
            }
            TeardownState now = state;
            int index = Math.max(0, enabled.indexWhere(step -> preferred.test(now, step)));
            choices.add(index);
            state = enabled.get(index).next();
        }
        return Schedule.of(start, choices);
    }

    /** Every policy from every initial state: the edge cases for one configuration. */
    public static List<Schedule> edgeCases(Configuration c, int maxSteps) {
        return List.of(values()).flatMap(b -> List.rangeClosed(0, c.requests()).map(start -> b.schedule(c, start, maxSteps)));
    }
}
