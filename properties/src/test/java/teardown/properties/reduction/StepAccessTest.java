package teardown.properties.reduction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import org.junit.jupiter.api.Test;
import teardown.checker.Checker;
import teardown.checker.FootprintAudit;
import teardown.checker.Outcome;
import teardown.checker.Property;
import teardown.checker.Report;
import teardown.model.Configuration;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.Failure;
import teardown.model.Hazard;
import teardown.model.Scenario;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.model.guest.Frontend;
import teardown.model.toolstack.Toolstack;
import teardown.properties.PropertyId;
import teardown.properties.TeardownProperties;
import teardown.properties.TeardownSystem;

/**
 * What each actor declares it reads and writes (model.access.StepAccess) is checked against the
 * steps themselves by the engine's {@link FootprintAudit}, on a sample that reaches every actor
 * and every kind of code: each driver family, each toolstack, each scenario, two rings, the
 * failures, a hazard, two devices with a bystander. And a reduced search answers exactly as an
 * unreduced one: every verdict and every shortest trace.
 */
class StepAccessTest {

    private static Configuration of(String driver, Toolstack t, Disk k) {
        return Configuration.of(Driver.byId(driver), t, k);
    }

    static final List<Configuration> SAMPLE = List.of(
            of("stock", Toolstack.XEND31, Disk.SLOW),
            of("unpatched", Toolstack.XENDPATCHED, Disk.HEALTHY),
            of("patched", Toolstack.XENOPSD_SHUTDOWN, Disk.HUNG),
            of("upstream", Toolstack.XL, Disk.SLOW),
            of("upstream-blocking", Toolstack.XENOPSD_CLASSIC, Disk.HEALTHY),
            of("proposed", Toolstack.PROPOSED, Disk.SLOW),
            of("upstream", Toolstack.XL, Disk.HEALTHY).withScenario(Scenario.DETACH).withFrontend(Frontend.LINUX_5_13),
            of("linux-3.0", Toolstack.XL, Disk.HEALTHY).withScenario(Scenario.DETACH).withFrontend(Frontend.LINUX_5_13),
            of("linux-5.5-rc1", Toolstack.XL, Disk.HEALTHY).withScenario(Scenario.DETACH),
            of("linux-3.16", Toolstack.XL, Disk.SLOW).withScenario(Scenario.DESTROY),
            of("linux-4.11", Toolstack.XL, Disk.HEALTHY).withScenario(Scenario.DESTROY).withRings(2).withRequests(1),
            of("upstream", Toolstack.XL, Disk.HEALTHY).withScenario(Scenario.FRONTEND_WRITES).withRings(2).withRequests(0)
                    .withFrontendWrites(2).withFailures(TreeSet.of(Failure.values())),
            of("stock", Toolstack.XL, Disk.HEALTHY).withScenario(Scenario.FRONTEND_WRITES).withRequests(1).withFrontendWrites(2)
                    .withFailures(TreeSet.of(Failure.values())),
            of("unpatched", Toolstack.XEND31, Disk.HEALTHY).withFrontend(Frontend.FREEBSD),
            of("upstream", Toolstack.XEND31, Disk.SLOW).withHazards(TreeSet.of(Hazard.DANGLING_XENBLKD)),
            of("patched", Toolstack.XEND31, Disk.HEALTHY).withDisks(List.of(Disk.HEALTHY, Disk.HUNG)).withBystanders(1));

    private static List<Property<TeardownState, Step>> safety(Configuration c) {
        return PropertyId.safety().filter(p -> p.inapplicable(c).isEmpty()).map(p -> TeardownProperties.of(p, c))
                .appendAll(TeardownProperties.witnesses());
    }

    @Test
    void everyActorsDeclaredAccessHoldsForItsSteps() {
        for (Configuration c : SAMPLE) {
            assertEquals(List.empty(), FootprintAudit.of(new TeardownSystem(c)).properties(safety(c)).reachable(300), c.label());
        }
    }

    @Test
    void aReducedSearchAnswersAsTheFullOne() {
        for (Configuration c : SAMPLE) {
            TeardownSystem system = new TeardownSystem(c);
            Report<TeardownState, Step> full = Checker.of(system).properties(safety(c)).maxStates(300_000).check();
            Report<TeardownState, Step> reduced = Checker.of(system).properties(safety(c)).maxStates(300_000).reduction(true).check();
            assertEquals(answers(full), answers(reduced), c.label());
            assertTrue(reduced.statistics().states() <= full.statistics().states(), c.label());
        }
    }

    private static List<String> answers(Report<TeardownState, Step> r) {
        return r.outcomes().map(o -> o.property().name() + " " + o.verdict() + " " + o.trace().map(t -> t.steps().map(x -> x.step().who() + ": " + x.step().name()).mkString(" / ")).getOrElse("-"));
    }
}
