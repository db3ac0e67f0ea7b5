package teardown.model;

import io.vavr.control.Option;

/**
 * A step function threw: {@link Teardown#successors} (or {@link Teardown#initialStates}) throws
 * this in place of what it caught, naming the configuration, the state whose steps were being
 * computed (none while the initial states were being built) and whose code was running there. A
 * reviewer's design is ordinary Java, so it can throw; this lets the command line report that as
 * the design's fault, with the path that led to the state (docs/extending.md#when-a-design-throws),
 * instead of a stack trace from the engine that happened to call it.
 */
public final class StepFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Configuration configuration;
    private final transient Option<TeardownState> state;
    private final String where;

    private StepFailure(Configuration configuration, Option<TeardownState> state, String where, Throwable cause) {
        super(where + " threw " + cause, cause);
        this.configuration = configuration;
        this.state = state;
        this.where = where;
    }

    /** Computing the steps of {@code s} threw {@code cause}; {@code where} says whose code was running. */
    static StepFailure at(Configuration c, TeardownState s, String where, Throwable cause) {
        return new StepFailure(c, Option.some(s), where, cause);
    }

    /** Building the initial states threw {@code cause}. */
    static StepFailure initially(Configuration c, Throwable cause) {
        return new StepFailure(c, Option.none(), "building the initial states (the frontend's initialToolstack, the driver's traits)", cause);
    }

    public Configuration configuration() {
        return configuration;
    }

    /** The state whose steps were being computed; none if the initial states were being built. */
    public Option<TeardownState> state() {
        return state;
    }

    /** Whose code was running, e.g. "xenwatch, in driver patched's code for vbd 0 at 'blkback_remove: ...'". */
    public String where() {
        return where;
    }
}
