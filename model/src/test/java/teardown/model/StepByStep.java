package teardown.model;

import io.vavr.collection.List;
import org.junit.jupiter.api.Assertions;

/** Drives the model by step names in tests, so each test reads like the code path it checks. */
final class StepByStep {

    final Configuration config;
    final TeardownState state;

    private StepByStep(Configuration config, TeardownState state) {
        this.config = config;
        this.state = state;
    }

    static StepByStep start(Configuration c, int onRing, int inFlight) {
        return new StepByStep(c, Teardown.initial(c, onRing, inFlight));
    }

    // ---- the only device and ring of a one-device, one-ring configuration ----

    Vbd vbd() {
        return state.vbd(0);
    }

    teardown.model.blkback.Ring ring() {
        return vbd().ring(0);
    }

    teardown.model.blkback.Blkif blkif() {
        return vbd().blkif();
    }

    teardown.model.blkback.Requests requests() {
        return ring().requests();
    }

    teardown.model.blkback.Kthread xenblkd() {
        return ring().xenblkd();
    }

    teardown.model.blkback.BackendInfo be() {
        return vbd().be();
    }

    teardown.model.hotplug.Visibility visibility() {
        return vbd().visibility();
    }

    teardown.model.guest.GuestHistory history() {
        return vbd().history();
    }

    List<Successor> enabled() {
        return Teardown.successors(config, state);
    }

    boolean canTake(Actor actor, String nameFragment) {
        return enabled().exists(s -> s.step().actor() == actor && s.step().name().contains(nameFragment));
    }

    /** Takes the one enabled step of {@code actor} whose name contains {@code nameFragment}. */
    StepByStep take(Actor actor, String nameFragment) {
        List<Successor> matching = enabled().filter(s -> s.step().actor() == actor && s.step().name().contains(nameFragment));
        Assertions.assertEquals(1, matching.size(), () -> "expected one enabled " + actor + " step containing '" + nameFragment
                + "', enabled: " + enabled().map(Successor::step).mkString("; "));
        return new StepByStep(config, matching.head().next());
    }
}
