package teardown.checker;

import io.vavr.control.Option;

/**
 * The result for one property: its verdict and, where there is one, the trace that shows it (a
 * counterexample for a violation, an example for a reached {@code sometimes} witness).
 */
public record Outcome<S, A>(Property<S, A> property, Verdict verdict, Option<Path<S, A>> trace) {
}
