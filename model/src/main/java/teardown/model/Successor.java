package teardown.model;

/** An enabled step and the state it leads to. */
public record Successor(Step step, TeardownState next) {
}
