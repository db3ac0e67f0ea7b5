package teardown.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/**
 * A fingerprint search keeps the encoded vectors only of the states still waiting to be expanded:
 * the search hands back every chunk it has merged, so a long thin search holds a few vectors, not
 * one per state.
 */
class FrontierMemoryTest {

    @Test
    void aLongChainQueuesOnlyItsFrontier() {
        int n = 200_000;
        TransitionSystem<Integer, String> chain = CheckerTest.system(List.of(0),
                s -> s + 1 < n ? List.of(new Transition<>("next", s + 1)) : List.empty());
        StateCodec<Integer> codec = StateCodec.like(0);
        FingerprintStore<Integer, String> store = new FingerprintStore<>(chain, codec, s -> s);
        Exploration<Integer, String> search = new Exploration<>(chain, codec, store,
                new SafetyMonitor<>(java.util.List.of()), null, new Levels(), Long.MAX_VALUE, 1,
                new MemoryGuard(Long.MAX_VALUE), p -> { }, 1.0);
        assertEquals("", search.run(System.nanoTime()));
        assertEquals(n, store.size());
        assertTrue(store.peakQueueBytes() < 64 * 1024,
                "a frontier of one state, not " + n + " queued vectors: " + store.peakQueueBytes() + " bytes at the peak");
    }
}
