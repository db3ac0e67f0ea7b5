package teardown.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * What the search reports about itself besides verdicts: its progress snapshots, its worker
 * threads, its reduction factor. A slip in any of them leaves every verdict right, so the verdict
 * tests cannot see it.
 */
class SearchBookkeepingTest {

    @Test
    void aSearchShorterThanTheIntervalReportsNoProgressAtAll() {
        int[] reports = {0};
        Checker.of(CheckerTest.counter(20_000)).onProgress(p -> reports[0]++, 1e6).check();
        assertEquals(0, reports[0], "the first report is due a million seconds after the start, not at it");
    }

    @Test
    void everyProgressSnapshotIsConsistentWithTheSearchAroundIt() {
        java.util.List<Progress> reports = new java.util.ArrayList<>();
        long start = System.nanoTime();
        Report<Integer, String> r = Checker.of(CheckerTest.doubling(40_000)).onProgress(reports::add, 0).check();
        double wall = (System.nanoTime() - start) / 1e9;
        assertFalse(reports.isEmpty());
        for (Progress p : reports) {
            assertTrue(p.queued() >= 0 && p.queued() <= p.states(), "queued states are some of the states found: " + p);
            assertTrue(p.seconds() >= 0 && p.seconds() <= wall, "seconds since the start, within the " + wall + " s the check took: " + p);
            assertTrue(p.depth() <= r.statistics().depth());
        }
        assertTrue(reports.stream().anyMatch(p -> p.queued() > 0), "a branching search has a queue while it runs");
    }

    @Test
    void workerThreadsNeverKeepTheProgramAlive() {
        Thread caller = Thread.currentThread();
        Set<String> workers = ConcurrentHashMap.newKeySet();
        TransitionSystem<Integer, String> watched = CheckerTest.system(CheckerTest.doubling(20_000).initialStates(), s -> {
            Thread t = Thread.currentThread();
            if (t != caller) {
                workers.add(t.getName() + (t.isDaemon() ? " (daemon)" : " (keeps the JVM alive)"));
            }
            return CheckerTest.doubling(20_000).successors(s);
        });
        Checker.of(watched).threads(2).check();
        assertFalse(workers.isEmpty(), "two threads expand states on workers");
        assertTrue(workers.stream().allMatch(w -> w.endsWith("(daemon)")), workers.toString());
    }

    @Test
    void aCutShortSearchCountsTheOrbitsOfTheStatesItStoredButNeverExpanded() {
        Symmetry<SymmetryTest.Pair> threeEach = new Symmetry<>() {
            @Override
            public SymmetryTest.Pair canonical(SymmetryTest.Pair s) {
                return SymmetryTest.SWAP.canonical(s);
            }

            @Override
            public long orbitSize(SymmetryTest.Pair s) {
                return 3; // an adapter that says every state stands for three
            }
        };
        Report<SymmetryTest.Pair, String> r = Checker.of(SymmetryTest.WORKERS).symmetry(threeEach).maxStates(8).check();
        assertFalse(r.statistics().complete());
        assertEquals(8, r.statistics().states());
        assertEquals(3.0, r.statistics().reductionFactor(), 1e-9, "every stored state counts, expanded or not");
    }

    /** A counter past 65,536 distinct values beside a small component: the stored rows widen from one byte to two to four. */
    record Wide(int small, int big) {
    }

    @Test
    void statesWhoseComponentsOutgrowTwoBytesAreStoredAndReadBackExactly() {
        int n = 70_000;
        TransitionSystem<Wide, String> counter = CheckerTest.system(io.vavr.collection.List.of(new Wide(0, 0)),
                s -> s.big() + 1 < n ? io.vavr.collection.List.of(new Transition<>("inc", new Wide((s.big() + 1) % 3, s.big() + 1)))
                        : io.vavr.collection.List.empty());
        Report<Wide, String> r = Checker.of(counter).property(Property.always("below the top", s -> s.big() < n - 1)).check();
        assertEquals(n, r.statistics().states(), "every row distinct: none truncated into another");
        assertEquals(n - 1, r.statistics().depth());
        Path<Wide, String> trace = r.outcome("below the top").get().trace().get();
        assertEquals(n - 1, trace.length());
        assertEquals(new Wide((n - 1) % 3, n - 1), trace.last(), "the last state read back from its row");
        assertEquals(new Wide(255 % 3, 255), trace.states().get(255));
        assertEquals(new Wide(65_536 % 3, 65_536), trace.states().get(65_536));
    }

    @Test
    void manyDistinctStepsAreStoredAndTracedExactly() {
        // A thousand steps need two bytes a step number; seventy thousand need four.
        for (int n : new int[] {1_000, 70_000}) {
            TransitionSystem<Integer, String> named = CheckerTest.system(io.vavr.collection.List.of(0),
                    s -> s + 1 < n ? io.vavr.collection.List.of(new Transition<>("step " + s, s + 1)) : io.vavr.collection.List.empty());
            Report<Integer, String> r = Checker.of(named).property(Property.always("below the top", s -> s < n - 1)).check();
            Path<Integer, String> trace = r.outcome("below the top").get().trace().get();
            assertEquals(n - 1, trace.length());
            for (int k : new int[] {0, 255, 256, 999 - 1, 65_535, 65_536, n - 2}) {
                if (k < n - 1) {
                    assertEquals("step " + k, trace.steps().get(k).step(), "the step numbers widen from one byte to two to four");
                }
            }
        }
    }

    @Test
    void aViolationFoundByTheExpansionTheLimitCutShortIsTracedWithItsStep() {
        // 0 has three successors; a limit of three stores 1 and 2 and cuts 0's expansion at 3.
        TransitionSystem<Integer, String> fan = CheckerTest.system(io.vavr.collection.List.of(0), s -> s == 0
                ? io.vavr.collection.List.of(new Transition<>("a", 1), new Transition<>("b", 2), new Transition<>("c", 3))
                : io.vavr.collection.List.empty());
        Report<Integer, String> r = Checker.of(fan).property(Property.always("not two", s -> s != 2)).maxStates(3).check();
        assertFalse(r.statistics().complete());
        Path<Integer, String> trace = r.outcome("not two").get().trace().get();
        assertEquals(io.vavr.collection.List.of(0, 2), trace.states());
        assertEquals("b", trace.steps().head().step(), "the step that found 2, though 0's expansion was abandoned");
    }

    @Test
    void leadsToWithoutAGraphIsRefusedAndNoInitialStateIsAnEmptySearch() {
        Property<Integer, String> eventually = Property.leadsTo("p", s -> true, s -> s == 3, step -> step, io.vavr.collection.HashSet.of("inc"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Checker.of(CheckerTest.counter(5)).storage(Storage.FINGERPRINTS).property(eventually).check());
        Report<Integer, String> none = Checker.of(CheckerTest.<Integer, String>system(io.vavr.collection.List.empty(), s -> io.vavr.collection.List.empty()))
                .property(Property.always("anything", s -> false)).check();
        assertEquals(0, none.statistics().states());
        assertEquals(Verdict.HOLDS, none.outcome("anything").get().verdict(), "no state, so nothing violates it");
    }

    @Test
    void anAdapterThatCannotTellOrbitSizesGivesNoReductionFactor() {
        Symmetry<SymmetryTest.Pair> unknownOrbits = SymmetryTest.SWAP::canonical; // orbitSize defaults to 0: cannot tell
        Report<SymmetryTest.Pair, String> r = Checker.of(SymmetryTest.WORKERS).symmetry(unknownOrbits).check();
        assertEquals(16, r.statistics().states());
        assertTrue(Double.isNaN(r.statistics().reductionFactor()), "unknown, not " + r.statistics().reductionFactor());
    }
}
