package teardown.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A search that stops early, at its state limit or because the heap ran out while a state was
 * being expanded (by a worker or by the merge): it says why, keeps the states it found with their
 * traces, judges nothing it did not see as settled, and reports no progress once it has stopped.
 */
class EarlyStopTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void runningOutOfMemoryWhileExpandingStopsTheSearchAsMemory(int threads) {
        TransitionSystem<Integer, String> heavy = CheckerTest.system(List.of(0), s -> {
            if (s == 777) {
                throw new OutOfMemoryError("simulated: expanding 777 filled the heap");
            }
            return ModelFailureTest.children(s);
        });
        Report<Integer, String> r = Checker.of(heavy).threads(threads)
                .property(Property.always("below 2000", s -> s < 2000))
                .property(Property.sometimes("reach 5", s -> s == 5))
                .check();
        assertFalse(r.statistics().complete());
        assertEquals("memory", r.statistics().stopReason());
        assertTrue(r.statistics().states() > 777 && r.statistics().states() < 2000, "got as far as 777: " + r.statistics());
        assertEquals(Verdict.INCOMPLETE, r.outcome("below 2000").get().verdict());
        assertEquals(Verdict.HOLDS, r.outcome("reach 5").get().verdict());
        assertEquals(List.of(0, 2, 5), r.outcome("reach 5").get().trace().get().states());
    }

    /** A state component whose second hash fills the heap: the first is the worker's look-up, the second the merge's. */
    static final class Fuse {
        private int hashes;

        @Override
        public int hashCode() {
            if (++hashes == 2) {
                throw new OutOfMemoryError("simulated: numbering a new component value filled the heap");
            }
            return 1;
        }
    }

    record Box(int n, Object extra) {
    }

    @Test
    void runningOutOfMemoryInTheMergeKeepsTheStatesTheExpansionFoundAndTheirSteps() {
        // 0 finds 1, then 2, then a state whose new component cannot be numbered: 0 stays unexpanded.
        TransitionSystem<Box, String> system = CheckerTest.system(List.of(new Box(0, "")), s -> s.n() == 0
                ? List.of(new Transition<>("a", new Box(1, "")), new Transition<>("b", new Box(2, "")),
                        new Transition<>("c", new Box(3, new Fuse())))
                : List.empty());
        java.util.List<Progress> reports = new java.util.ArrayList<>();
        Report<Box, String> r = Checker.of(system).property(Property.always("not two", s -> s.n() != 2))
                .onProgress(reports::add, 0).check();
        assertEquals("memory", r.statistics().stopReason());
        assertEquals(3, r.statistics().states());
        assertFalse(r.graph().isExpanded(0), "its edge list would lie");
        Path<Box, String> trace = r.outcome("not two").get().trace().get();
        assertEquals(List.of(new Box(0, ""), new Box(2, "")), trace.states());
        assertEquals("b", trace.steps().head().step(), "the step that found 2, though 0's expansion was abandoned");
        assertTrue(reports.isEmpty(), "the search stopped in its first chunk, before any report was due: " + reports);
    }

    @Test
    void aSearchCutAtItsLimitReportsNoProgressAboutTheCut() {
        // 0 has three successors; a limit of three stores 1 and 2 and cuts 0's expansion at 3, in the first chunk.
        TransitionSystem<Integer, String> fan = CheckerTest.system(List.of(0), s -> s == 0
                ? List.of(new Transition<>("a", 1), new Transition<>("b", 2), new Transition<>("c", 3))
                : List.empty());
        java.util.List<Progress> reports = new java.util.ArrayList<>();
        Report<Integer, String> r = Checker.of(fan).maxStates(3).onProgress(reports::add, 0).check();
        assertEquals("state limit", r.statistics().stopReason());
        assertEquals(3, r.statistics().states());
        assertTrue(reports.isEmpty(), "the search stopped in its first chunk, before any report was due: " + reports);
    }
}
