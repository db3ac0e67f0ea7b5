package teardown.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/**
 * The search expands and merges numbered states a chunk of up to 256 at a time, and starts a
 * chunk ahead of the merge only when a full one is waiting, so the merge is never fed scraps.
 * With a report asked for at every chance, the progress reports show exactly where the chunks end.
 */
class ChunkedProgressTest {

    @Test
    void progressFallsOnlyBetweenWholeChunks() {
        // 0 has 300 children 1..300; child c has one grandchild 300+c; grandchildren have no steps.
        TransitionSystem<Integer, String> tree = CheckerTest.system(List.of(0), s -> s == 0
                ? List.rangeClosed(1, 300).map(c -> new Transition<>("child", c))
                : s <= 300 ? List.of(new Transition<>("grandchild", 300 + s)) : List.empty());
        java.util.List<Progress> reports = new java.util.ArrayList<>();
        Report<Integer, String> r = Checker.of(tree).onProgress(reports::add, 0).check();
        assertEquals(601, r.statistics().states());
        // Chunks: {0}, then 1..256 (full; the 44 children left wait for more), then 257..512
        // (full, as the grandchildren have arrived), then the 88 left: 513..600.
        List<String> chunkEnds = List.of(states(301, 300, 300), states(557, 556, 300), states(601, 600, 88), states(601, 600, 0));
        assertFalse(reports.isEmpty());
        for (Progress p : reports) {
            String seen = states(p.states(), p.transitions(), p.queued());
            assertTrue(chunkEnds.contains(seen), seen + " is not where a chunk ends: " + chunkEnds);
        }
    }

    private static String states(long states, long transitions, long queued) {
        return states + " states, " + transitions + " transitions, " + queued + " queued";
    }
}
