package teardown.properties.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import net.jqwik.api.Example;
import teardown.model.Configuration;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.toolstack.Toolstack;
import teardown.properties.PropertyId;

/**
 * The seed post's key verdicts, stated explicitly so the derived expectations of the variant
 * suites are anchored to what the post says, and the random search checked at 64 requests.
 */
class SeedVerdictsTest {

    private static final Configuration UNPATCHED = Configuration.of(Driver.UNPATCHED, Toolstack.XEND31, Disk.HEALTHY);
    private static final Configuration PATCHED = Configuration.of(Driver.PATCHED, Toolstack.XEND31, Disk.HEALTHY);
    private static final Configuration STOCK = Configuration.of(Driver.STOCK, Toolstack.XEND31, Disk.HEALTHY);

    @Example
    void theCheckerAgreesWithThePost() {
        assertTrue(Expectation.of(UNPATCHED, PropertyId.NO_VANISH_BEFORE_IO_DONE).violated(), "unpatched races");
        assertFalse(Expectation.of(PATCHED, PropertyId.NO_VANISH_BEFORE_IO_DONE).violated(), "the patch closes the race");
        assertFalse(Expectation.of(STOCK, PropertyId.NO_VANISH_BEFORE_IO_DONE).violated(), "stock drains on xenwatch");
    }

    @Example
    void randomSearchFindsThePostsRaceAt64Requests() {
        Configuration big = UNPATCHED.withRequests(64);
        Finding f = RandomSearch.search(big, List.of(PropertyId.NO_VANISH_BEFORE_IO_DONE), 1000, 42,
                RandomSearch.defaultMaxSteps(big)).head();
        assertTrue(f.violated(), "no violation in 1000 tries");
        // The race is remove returning while requests drain: six steps, whatever the request count.
        assertEquals(6, f.counterexample().get().length());
    }

    @Example
    void randomSearchFindsNoRaceInThePatchedOrStockDriverAt64Requests() {
        for (Configuration c : List.of(PATCHED, STOCK).map(c -> c.withRequests(64))) {
            Finding f = RandomSearch.search(c, List.of(PropertyId.NO_VANISH_BEFORE_IO_DONE), 300, 42,
                    RandomSearch.defaultMaxSteps(c)).head();
            assertFalse(f.violated(), c.label() + ": " + f.counterexample().map(p -> p.length() + " steps").getOrElse(""));
        }
    }
}
