package teardown.properties.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import org.junit.jupiter.api.Test;
import teardown.checker.Outcome;
import teardown.checker.Verdict;
import teardown.model.Configuration;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.Failure;
import teardown.model.Scenario;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.model.toolstack.Toolstack;
import teardown.properties.PropertyId;
import teardown.properties.VariantCheck;

/**
 * What the model finds that is not among the history cases (docs/model/history.md#what-the-model-found-that-is-not-on-the-list),
 * each against the variant that shows it is specific: the fix, or one ring instead of two.
 */
class FindingsTest {

    private static Outcome<TeardownState, Step> check(Configuration c, PropertyId p) {
        return VariantCheck.run(c, List.of(p), 2_000_000, x -> { }).properties().head();
    }

    /** A failed kthread_run stops the lower rings' threads but leaves their pointers set; the next disconnect stops a freed task. */
    @Test
    void aFailedKthreadRunLeavesALowerRingsPointerDangling() {
        Configuration twoRings = Configuration.of(Driver.UPSTREAM, Toolstack.XL, Disk.HEALTHY).withScenario(Scenario.FRONTEND_WRITES)
                .withRings(2).withRequests(0).withFrontendWrites(2).withFailures(TreeSet.of(Failure.KTHREAD_RUN));
        Outcome<TeardownState, Step> violated = check(twoRings, PropertyId.NO_USE_AFTER_FREE);
        assertEquals(Verdict.VIOLATED, violated.verdict());
        assertEquals(9, violated.trace().get().length());
        assertEquals(Verdict.HOLDS, check(twoRings.withRings(1), PropertyId.NO_USE_AFTER_FREE).verdict(), "no lower ring with one ring");
        assertEquals(Verdict.HOLDS, check(twoRings.withFailures(TreeSet.empty()), PropertyId.NO_USE_AFTER_FREE).verdict(),
                "the error path is what leaves the pointer");
    }

    /** From 3.16 to 4.11 remove freed backend_info at once; the deferred free then unmaps a busy ring through it. */
    @Test
    void backendInfoFreedTooEarlyFrom316To411() {
        Configuration c = Configuration.of(Driver.byId("linux-3.16"), Toolstack.XL, Disk.HEALTHY).withScenario(Scenario.DESTROY);
        Outcome<TeardownState, Step> violated = check(c, PropertyId.NO_USE_AFTER_FREE);
        assertEquals(Verdict.VIOLATED, violated.verdict());
        assertEquals(8, violated.trace().get().length());
        assertEquals(Verdict.HOLDS, check(c.withDriver(Driver.byId("linux-4.12")), PropertyId.NO_USE_AFTER_FREE).verdict());
    }
}
