package teardown.model;

import io.vavr.collection.List;
import org.junit.jupiter.api.Assertions;

/** Drives the model by step names in tests, so each test reads like the code path it checks. */
final class Scenario {

    final Configuration config;
    final TeardownState state;

    private Scenario(Configuration config, TeardownState state) {
        this.config = config;
        this.state = state;
    }

    static Scenario start(Configuration c, int onRing, int inFlight) {
        return new Scenario(c, Teardown.initial(c, onRing, inFlight));
    }

    List<Successor> enabled() {
        return Teardown.successors(config, state);
    }

    boolean canTake(Actor actor, String nameFragment) {
        return enabled().exists(s -> s.step().actor() == actor && s.step().name().contains(nameFragment));
    }

    /** Takes the one enabled step of {@code actor} whose name contains {@code nameFragment}. */
    Scenario take(Actor actor, String nameFragment) {
        List<Successor> matching = enabled().filter(s -> s.step().actor() == actor && s.step().name().contains(nameFragment));
        Assertions.assertEquals(1, matching.size(), () -> "expected one enabled " + actor + " step containing '" + nameFragment
                + "', enabled: " + enabled().map(Successor::step).mkString("; "));
        return new Scenario(config, matching.head().next());
    }
}
