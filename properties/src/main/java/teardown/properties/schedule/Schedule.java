package teardown.properties.schedule;

import io.vavr.collection.List;

/**
 * One interleaving written as numbers: {@code start} picks the initial state (how the outstanding
 * requests split between ring and disk) and each choice picks one of the steps enabled at that
 * point, as {@code choice mod (number of enabled steps)}. Every pair of numbers is therefore a
 * valid schedule, which is what lets jqwik and the delta-debugging shrinker cut and lower choices
 * freely.
 */
public record Schedule(int start, List<Integer> choices) {

    public Schedule {
        java.util.Objects.requireNonNull(choices, "choices");
    }

    public static Schedule of(int start, Iterable<Integer> choices) {
        return new Schedule(start, List.ofAll(choices));
    }

    public int length() {
        return choices.size();
    }

    public Schedule withChoices(List<Integer> other) {
        return new Schedule(start, other);
    }

    public Schedule withStart(int other) {
        return new Schedule(other, choices);
    }

    /** e.g. "start 2, choices [0, 3, 1]": the form a reader pastes back into a test. */
    @Override
    public String toString() {
        return "start " + start + ", choices " + choices.mkString("[", ", ", "]");
    }
}
