package teardown.checker;

import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * A behaviour prefix: an initial state and the steps taken from it. For a liveness counterexample
 * (a lasso) {@code cycleStart} is the index into {@link #states()} where the repeating part begins:
 * after the last step the behaviour returns to that state and repeats forever. A path that ends in a
 * state with no enabled step and no cycle means "stuck here forever".
 */
public record Path<S, A>(S initial, List<Transition<S, A>> steps, Option<Integer> cycleStart) {

    public static <S, A> Path<S, A> of(S initial, List<Transition<S, A>> steps) {
        return new Path<>(initial, steps, Option.none());
    }

    public Path<S, A> withCycleStart(int index) {
        return new Path<>(initial, steps, Option.some(index));
    }

    /** All states along the path, the initial one first: one more than there are steps. */
    public List<S> states() {
        return steps.map(Transition::target).prepend(initial);
    }

    public S last() {
        return steps.isEmpty() ? initial : steps.last().target();
    }

    public int length() {
        return steps.size();
    }
}
