package teardown.properties;

import io.vavr.control.Option;
import teardown.checker.Property;
import teardown.model.Configuration;
import teardown.model.Step;
import teardown.model.TeardownState;

/**
 * One column of the verdict matrix: a built-in property ({@link PropertyId}) or a user's
 * assertion ({@link teardown.properties.assertion.Assertion}). Whatever checks, prints or draws a
 * run's verdicts goes through this, so a user's property stands beside the built-in ones.
 */
public interface Column {

    /** The id on the command line, in text and JSON, and the checker property's name. */
    String id();

    /** What it says, in one sentence (a user's assertion: as written). */
    String description();

    /** Judged over whole runs (leads-to), not state by state. */
    boolean isLiveness();

    /** A {@code sometimes} column: HOLDS means the state was reached, VIOLATED that it never was. A question, not a requirement. */
    default boolean isWitness() {
        return false;
    }

    /** Why it cannot apply to a configuration, if it cannot. */
    Option<String> inapplicable(Configuration c);

    /** The checker's property for one configuration. */
    Property<TeardownState, Step> property(Configuration c);

    /** Where its full definition is, as a sentence for the report (for a built-in, the page and anchor under docs/model where it is defined). */
    String definition();
}
