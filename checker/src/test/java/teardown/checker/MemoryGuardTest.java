package teardown.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/** A search that would fill the heap stops, INCOMPLETE, and says how far it got. */
class MemoryGuardTest {

    /** An endless system: every state has a new successor. */
    record Count(long n, long square) {
    }

    static final TransitionSystem<Count, String> ENDLESS = CheckerTest.system(List.of(new Count(0, 0)),
            s -> List.of(new Transition<>("next", new Count(s.n() + 1, (s.n() + 1) * (s.n() + 1)))));

    @Test
    void aSearchThatOutgrowsItsMemoryLimitStopsIncomplete() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long limit = rt.totalMemory() - rt.freeMemory() + 24L * 1024 * 1024;
        for (Storage storage : List.of(Storage.GRAPH, Storage.FINGERPRINTS)) {
            Report<Count, String> r = Checker.of(ENDLESS)
                    .property(Property.always("holds", s -> s.n() >= 0))
                    .property(Property.always("broken early", s -> s.n() < 10))
                    .storage(storage)
                    .memoryLimit(limit)
                    .maxStates(30_000_000)
                    .check();
            assertFalse(r.statistics().complete(), storage.toString());
            assertEquals("memory", r.statistics().stopReason(), storage + ": stopped by the heap, not the state limit");
            assertTrue(r.statistics().states() > 10_000, storage + ": got somewhere: " + r.statistics().states());
            assertEquals(r.statistics().states() - 1, r.statistics().depth() + 1, storage + ": depth reported");
            assertEquals(Verdict.INCOMPLETE, r.outcome("holds").get().verdict());
            assertEquals(Verdict.VIOLATED, r.outcome("broken early").get().verdict());
            assertEquals(10, r.outcome("broken early").get().trace().get().length());
        }
    }
}
