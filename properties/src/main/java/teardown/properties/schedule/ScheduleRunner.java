package teardown.properties.schedule;

import io.vavr.collection.List;
import teardown.checker.Path;
import teardown.checker.Transition;
import teardown.model.Configuration;
import teardown.model.Step;
import teardown.model.Successor;
import teardown.model.Teardown;
import teardown.model.TeardownState;

/** Plays a schedule on the model of one configuration. A pure function: same schedule, same path. */
public final class ScheduleRunner {

    private ScheduleRunner() {
    }

    public static Interleaving play(Configuration c, Schedule schedule) {
        List<TeardownState> initials = Teardown.initialStates(c);
        int start = Math.floorMod(schedule.start(), initials.size());
        TeardownState state = initials.get(start);
        java.util.List<Transition<TeardownState, Step>> steps = new java.util.ArrayList<>();
        java.util.List<Integer> taken = new java.util.ArrayList<>();
        List<Successor> enabled = Teardown.successors(c, state);
        for (int choice : schedule.choices()) {
            if (enabled.isEmpty()) {
                break;
            }
            int index = Math.floorMod(choice, enabled.size());
            Successor next = enabled.get(index);
            steps.add(new Transition<>(next.step(), next.next()));
            taken.add(index);
            state = next.next();
            enabled = Teardown.successors(c, state);
        }
        Interleaving.End end = enabled.isEmpty() ? Interleaving.End.NO_STEP_ENABLED : Interleaving.End.SCHEDULE_USED_UP;
        return new Interleaving(Schedule.of(start, taken), Path.of(initials.get(start), List.ofAll(steps)), end);
    }
}
