package teardown.diagrams;

import teardown.checker.Outcome;
import teardown.model.Configuration;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.model.toolstack.Toolstack;
import teardown.properties.PropertyId;
import teardown.properties.VariantCheck;
import teardown.properties.VariantResult;

/** Small checked variants the diagram tests draw; each search takes well under a second. */
final class Fixtures {

    private Fixtures() {
    }

    static VariantResult check(Driver driver, Disk disk) {
        return VariantCheck.run(Configuration.of(driver, Toolstack.XEND31, disk));
    }

    static VariantResult check(Driver driver, Disk disk, int requests) {
        return VariantCheck.run(Configuration.of(driver, Toolstack.XEND31, disk).withRequests(requests));
    }

    static VariantResult check(Driver driver, Disk disk, teardown.model.Hazard hazard) {
        return VariantCheck.run(Configuration.of(driver, Toolstack.XEND31, disk).withHazards(io.vavr.collection.TreeSet.of(hazard)));
    }

    static Outcome<TeardownState, Step> violation(VariantResult r, PropertyId p) {
        return ReportDiagrams.violations(r).find(o -> o.property().name().equals(p.id()))
                .getOrElseThrow(() -> new AssertionError(r.configuration().label() + " should violate " + p.id()));
    }
}
