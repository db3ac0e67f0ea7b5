package teardown.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/**
 * The state properties are judged during the search, one bit each per state (so at most 64 in
 * one search), and each keeps the lowest-numbered state that settled it, the initial state
 * (number 0) included.
 */
class StatePropertyBookkeepingTest {

    private static List<Property<Integer, String>> invariants(int n) {
        return List.range(0, n).map(k -> Property.<Integer, String>always("below " + (k + 3), s -> s < k + 3));
    }

    @Test
    void sixtyFourStatePropertiesFitInOneSearchAndSixtyFiveDoNot() {
        Report<Integer, String> r = Checker.of(CheckerTest.counter(10)).properties(invariants(64)).check();
        assertEquals(64, r.outcomes().size());
        for (int k = 0; k < 64; k++) {
            Outcome<Integer, String> o = r.outcome("below " + (k + 3)).get();
            assertEquals(k + 3 < 10 ? Verdict.VIOLATED : Verdict.HOLDS, o.verdict(), o.property().name());
        }
        assertEquals(3, r.outcome("below 3").get().trace().get().length());
        assertEquals(9, r.outcome("below 9").get().trace().get().length());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Checker.of(CheckerTest.counter(10)).properties(invariants(65)).check());
        assertTrue(e.getMessage().contains("64") && e.getMessage().contains("65"), e.getMessage());
    }

    @Test
    void aPropertySettledByTheInitialStateKeepsItThoughLaterStatesSettleItToo() {
        Report<Integer, String> r = Checker.of(CheckerTest.counter(6))
                .property(Property.always("odd", s -> s % 2 == 1))
                .property(Property.sometimes("even", s -> s % 2 == 0))
                .check();
        assertEquals(List.of(0), r.outcome("odd").get().trace().get().states());
        assertEquals(List.of(0), r.outcome("even").get().trace().get().states());
    }
}
