package teardown.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/** The figures a report and a progress line derive, including their edge cases (no time, no states). */
class StatisticsTest {

    @Test
    void ratesAreStatesOverSecondsAndZeroBeforeAnyTimeHasPassed() {
        Statistics s = new Statistics(1_000, 3_000, 7, 0.5, true);
        assertEquals(2_000, s.statesPerSecond(), 1e-9);
        assertEquals(0, new Statistics(1_000, 3_000, 7, 0, true).statesPerSecond(), "no time measured, no rate");
        Progress p = new Progress(600, 900, 4, 20, 2.0);
        assertEquals(300, p.statesPerSecond(), 1e-9);
        assertEquals(0, new Progress(600, 900, 4, 20, 0).statesPerSecond());
    }

    @Test
    void bytesPerStateIsStoredBytesOverStatesAndZeroForAnEmptySearch() {
        Statistics s = new Statistics(4, 0, 0, 1, true, 1, "graph", 100, 0, 1, "");
        assertEquals(25, s.bytesPerState(), 1e-9);
        assertEquals(0, new Statistics(0, 0, 0, 1, true, 1, "graph", 100, 0, 1, "").bytesPerState());
    }

    @Test
    void theShortFormDefaultsToOneThreadAGraphAndAStopReasonThatMatchesCompleteness() {
        Statistics complete = new Statistics(10, 20, 3, 1, true);
        assertEquals("", complete.stopReason());
        assertEquals(1, complete.threads());
        assertEquals("graph", complete.storage());
        assertEquals(1.0, complete.reductionFactor());
        assertEquals("state limit", new Statistics(10, 20, 3, 1, false).stopReason());
    }

    @Test
    void aReportSaysWhetherItKeptAGraphAndRefusesToInventOne() {
        TransitionSystem<Integer, String> two = CheckerTest.counter(2);
        Report<Integer, String> graph = Checker.of(two).check();
        assertTrue(graph.hasGraph());
        assertEquals(2, graph.graph().size());
        Report<Integer, String> prints = Checker.of(two).storage(Storage.FINGERPRINTS).check();
        assertFalse(prints.hasGraph());
        IllegalStateException e = assertThrows(IllegalStateException.class, prints::graph);
        assertTrue(e.getMessage().contains("Storage.GRAPH"), e.getMessage());
        assertTrue(new Report<Integer, String>(null, List.empty(), complete()).outcome("x").isEmpty());
    }

    private static Statistics complete() {
        return new Statistics(0, 0, 0, 0, true);
    }
}
