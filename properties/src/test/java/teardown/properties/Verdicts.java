package teardown.properties;

import io.vavr.collection.TreeSet;
import teardown.checker.Outcome;
import teardown.checker.Path;
import teardown.checker.Verdict;
import teardown.model.Configuration;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.Hazard;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.model.toolstack.Toolstack;

/** Runs the exhaustive checker for a test and hands back one property's outcome. */
final class Verdicts {

    private Verdicts() {
    }

    static Outcome<TeardownState, Step> check(Driver d, Toolstack x, Disk k, PropertyId p, Hazard... hazards) {
        return check(Configuration.of(d, x, k).withHazards(TreeSet.of(hazards)), p);
    }

    static Outcome<TeardownState, Step> check(Configuration c, PropertyId p) {
        VariantResult r = VariantCheck.run(c, io.vavr.collection.List.of(p), VariantCheck.DEFAULT_MAX_STATES, q -> { });
        return r.properties().head();
    }

    /** The verdict of one variant with a {@link teardown.model.Mutant} of the model switched on. */
    static Verdict verdict(Driver d, Toolstack x, Disk k, PropertyId p, teardown.model.Mutant mutant) {
        return check(Configuration.of(d, x, k).withMutants(TreeSet.of(mutant)), p).verdict();
    }

    static Verdict verdict(Driver d, Toolstack x, Disk k, PropertyId p, Hazard... hazards) {
        return check(d, x, k, p, hazards).verdict();
    }

    static Path<TeardownState, Step> counterexample(Driver d, Toolstack x, Disk k, PropertyId p, Hazard... hazards) {
        Outcome<TeardownState, Step> o = check(d, x, k, p, hazards);
        if (o.verdict() != Verdict.VIOLATED) {
            throw new AssertionError(p.id() + " was expected to be violated by " + d.id() + "/" + x.id() + "/" + k.id()
                    + " but is " + o.verdict().id());
        }
        return o.trace().get();
    }
}
