package teardown.properties.schedule;

import io.vavr.control.Option;
import teardown.checker.Path;
import teardown.model.Configuration;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.properties.PropertyId;

/**
 * What a random search found for one property of one configuration. {@code triesUsed} is the try
 * that first violated it (or every try, if none did); {@code found} is that run, {@code shrunk} its
 * shrunk form and {@code counterexample} the shrunk run's path up to the violation.
 */
public record Finding(Configuration configuration, PropertyId property, long seed, int tries, int triesUsed,
                      Option<Interleaving> found, Option<Interleaving> shrunk,
                      Option<Path<TeardownState, Step>> counterexample) {

    public boolean violated() {
        return found.isDefined();
    }
}
