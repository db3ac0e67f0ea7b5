package teardown.checker;

/** One enabled step and the state it leads to. */
public record Transition<S, A>(A step, S target) {
}
