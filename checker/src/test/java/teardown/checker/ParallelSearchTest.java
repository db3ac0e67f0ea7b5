package teardown.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * With workers, several chunks of states are expanded at once while the merge keeps its order,
 * and any number of workers, many more than there are cores, finds the same search; one thread
 * means no workers at all.
 */
class ParallelSearchTest {

    @ParameterizedTest
    @ValueSource(ints = {5, 8})
    void manyWorkersFindTheSameSearchAsOne(int threads) {
        Report<Integer, String> one = Checker.of(CheckerTest.doubling(20_000)).property(Property.always("not 19999", s -> s != 19_999)).check();
        Report<Integer, String> many = Checker.of(CheckerTest.doubling(20_000)).property(Property.always("not 19999", s -> s != 19_999))
                .threads(threads).check();
        assertEquals(20_000, many.statistics().states());
        assertEquals(one.statistics().transitions(), many.statistics().transitions());
        assertEquals(one.statistics().depth(), many.statistics().depth());
        assertEquals(one.outcome("not 19999").get().trace(), many.outcome("not 19999").get().trace());
    }

    @Test
    void oneThreadExpandsEveryStateOnTheCallersOwnThread() {
        Thread caller = Thread.currentThread();
        java.util.Set<Thread> expanders = java.util.concurrent.ConcurrentHashMap.newKeySet();
        TransitionSystem<Integer, String> watched = CheckerTest.system(List.of(1), s -> {
            expanders.add(Thread.currentThread());
            return CheckerTest.doubling(5_000).successors(s);
        });
        assertEquals(5_000, Checker.of(watched).threads(1).check().statistics().states());
        assertEquals(java.util.Set.of(caller), expanders);
    }

    @Test
    void aSecondChunkIsExpandedWhileTheFirstIsStillBeingExpanded() throws InterruptedException {
        // 600 initial states make three chunks at once. The expansion of state 0 (first chunk) waits
        // until a state of the second chunk is being expanded, which only a second worker can do. The
        // wait is bounded only so that a search that never overlaps chunks fails instead of hanging.
        CountDownLatch secondChunkStarted = new CountDownLatch(1);
        AtomicBoolean overlapped = new AtomicBoolean();
        TransitionSystem<Integer, String> system = CheckerTest.system(List.range(0, 600), s -> {
            if (s >= 256) {
                secondChunkStarted.countDown();
            } else if (s == 0) {
                try {
                    overlapped.set(secondChunkStarted.await(60, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return List.empty();
        });
        Report<Integer, String> r = Checker.of(system).threads(2).property(Property.noDeadlock("all end", s -> true)).check();
        assertTrue(overlapped.get(), "state 0 was still being expanded when the second chunk began");
        assertEquals(600, r.statistics().states());
        assertEquals(Verdict.HOLDS, r.outcome("all end").get().verdict());
    }
}
