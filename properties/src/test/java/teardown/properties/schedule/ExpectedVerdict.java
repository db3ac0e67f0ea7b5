package teardown.properties.schedule;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import teardown.properties.TraceText;

/**
 * Turns a jqwik property into a test of the generator's power where the exhaustive checker says
 * the variant violates it: then the property passes only if some try failed, and the shrunk
 * schedule is printed as a trace and compared with the checker's shortest counterexample. Where
 * the checker says the property holds, jqwik's result stands: any failing schedule fails the test.
 */
public final class ExpectedVerdict implements AroundPropertyHook {

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        VariantSchedules suite = (VariantSchedules) context.testInstance();
        Judged judged = context.findAnnotation(Judged.class).orElseThrow(
                () -> new IllegalStateException(context.extendedLabel() + " lacks @Judged"));
        Expectation expected = suite.expectation(judged.value());
        PropertyExecutionResult result = property.execute();
        String seed = result.seed().orElse("?");
        if (!expected.violated()) {
            return result;
        }
        if (result.status() == PropertyExecutionResult.Status.SUCCESSFUL) {
            return result.mapToFailed(String.format("the checker says %s violates %s (shortest: %d steps), but no schedule "
                    + "in %d tries found it (seed %s)", expected.variant().label(), expected.property().id(),
                    expected.shortest(), result.countTries(), seed));
        }
        if (result.status() != PropertyExecutionResult.Status.FAILED
                || !(result.throwable().orElse(null) instanceof ScheduleViolation found)) {
            return result;
        }
        int shrunk = found.counterexample().length();
        // The checker's breadth-first trace is a shortest one: a shorter schedule would mean one of them is wrong.
        if (shrunk < expected.shortest()) {
            return result.mapToFailed(String.format("%s: shrunk schedule for %s has %d steps, fewer than the checker's shortest %d",
                    expected.variant().label(), expected.property().id(), shrunk, expected.shortest()));
        }
        System.out.printf("%n== jqwik found %s violated by %s at try %d, seed %s; shrunk to %d steps (checker's shortest: %d) ==%n"
                        + "  schedule: %s%n%s", expected.property().id(), expected.variant().label(),
                result.countTries(), seed, shrunk, expected.shortest(), found.run().played(),
                TraceText.render(found.counterexample()));
        return result.mapToSuccessful();
    }
}
