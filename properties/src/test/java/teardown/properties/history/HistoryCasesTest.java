package teardown.properties.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.HashMap;
import org.junit.jupiter.api.Test;
import teardown.checker.Verdict;

/**
 * blkback's fixed bugs (docs/model/history.md): each case's property is violated by the code right
 * before its fix, with the shortest trace the page describes, and holds right after it, in the
 * same scenario; the two variants differ only in the driver.
 */
class HistoryCasesTest {

    /** The shortest counterexample before each fix, as docs/model/history.md gives it. */
    private static final Map<String, Integer> STEPS = HashMap.of("reconnect-leak", 16, "disconnect-on-closed", 9, "defer-free", 10,
            "kthread-ref", 12, "module-unload", 10, "xsa-349", 5);

    private static final List<HistoryCheck> CHECKS = HistoryCase.ALL.map(c -> HistoryCheck.of(c, 2_000_000));

    @Test
    void everyCaseIsReproducedBeforeItsFixAndHoldsAfterIt() {
        for (HistoryCheck h : CHECKS) {
            String id = h.historyCase().id();
            assertEquals(Verdict.VIOLATED, h.beforeOutcome().verdict(), id + " before the fix");
            assertEquals(Verdict.HOLDS, h.afterOutcome().verdict(), id + " after the fix");
            assertTrue(h.reproduced(), id);
            assertEquals(STEPS.get(id).get(), h.beforeOutcome().trace().get().length(), id + ": shortest counterexample");
        }
    }

    @Test
    void beforeAndAfterDifferOnlyInTheDriver() {
        for (HistoryCase c : HistoryCase.ALL) {
            assertTrue(c.before().driver() != c.after().driver(), c.id());
            assertEquals(c.before().withDriver(c.after().driver()), c.after(), c.id());
        }
    }

    @Test
    void theCasesAreInTheOrderTheFixesLanded() {
        assertEquals(List.of("reconnect-leak", "disconnect-on-closed", "defer-free", "kthread-ref", "module-unload", "xsa-349"),
                HistoryCase.ALL.map(HistoryCase::id));
    }
}
