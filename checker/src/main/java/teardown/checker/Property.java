package teardown.checker;

import io.vavr.collection.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A named property of a transition system, in the four forms the engine understands. The
 * engine evaluates the predicates; what they mean belongs to the model.
 */
public sealed interface Property<S, A> {

    String name();

    /** Every reachable state satisfies {@code invariant}; a violation is a shortest path to a bad state. */
    record Always<S, A>(String name, Predicate<S> invariant) implements Property<S, A> {
    }

    /** Some reachable state satisfies {@code witness}; the example is a shortest path to one. */
    record Sometimes<S, A>(String name, Predicate<S> witness) implements Property<S, A> {
    }

    /** Every state with no enabled step satisfies {@code legitimateEnd}; anything else is a deadlock. */
    record NoDeadlock<S, A>(String name, Predicate<S> legitimateEnd) implements Property<S, A> {
    }

    /**
     * Whenever {@code trigger} holds, {@code response} eventually holds, on every behaviour that is
     * weakly fair to the processes in {@code fairProcesses}: such a process, if enabled from some
     * point on without pause, eventually takes a step. {@code processOf} maps a step to its process.
     * A behaviour that stops in a state with no enabled step stays there forever.
     */
    record LeadsTo<S, A>(String name, Predicate<S> trigger, Predicate<S> response,
                         Function<A, Object> processOf, Set<Object> fairProcesses) implements Property<S, A> {
    }

    static <S, A> Property<S, A> always(String name, Predicate<S> invariant) {
        return new Always<>(name, invariant);
    }

    static <S, A> Property<S, A> sometimes(String name, Predicate<S> witness) {
        return new Sometimes<>(name, witness);
    }

    static <S, A> Property<S, A> noDeadlock(String name, Predicate<S> legitimateEnd) {
        return new NoDeadlock<>(name, legitimateEnd);
    }

    static <S, A> Property<S, A> leadsTo(String name, Predicate<S> trigger, Predicate<S> response,
                                         Function<A, Object> processOf, Set<Object> fairProcesses) {
        return new LeadsTo<>(name, trigger, response, processOf, fairProcesses);
    }
}
