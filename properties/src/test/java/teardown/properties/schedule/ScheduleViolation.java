package teardown.properties.schedule;

import teardown.checker.Path;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.properties.PropertyId;
import teardown.properties.TraceText;

/** A played schedule that violates a property; its message is the readable trace. */
final class ScheduleViolation extends AssertionError {

    private final transient Interleaving run;
    private final transient Path<TeardownState, Step> counterexample;

    ScheduleViolation(PropertyId property, String variant, Interleaving run, Path<TeardownState, Step> counterexample) {
        super(property.id() + " violated by " + variant + " after " + counterexample.length() + " steps, schedule "
                + run.played() + "\n" + TraceText.render(counterexample));
        this.run = run;
        this.counterexample = counterexample;
    }

    Interleaving run() {
        return run;
    }

    Path<TeardownState, Step> counterexample() {
        return counterexample;
    }
}
