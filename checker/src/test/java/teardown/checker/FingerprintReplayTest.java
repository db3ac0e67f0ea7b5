package teardown.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A fingerprint search keeps no states, so it rebuilds a counterexample by replaying the model.
 * That is only sound for a deterministic model; a model that answers differently the second time
 * must be told so, never given a trace it did not take.
 */
class FingerprintReplayTest {

    private static Report<Integer, String> checkFingerprints(TransitionSystem<Integer, String> system) {
        return Checker.of(system).storage(Storage.FINGERPRINTS).property(Property.always("below 3", s -> s < 3)).check();
    }

    @Test
    void aDeterministicModelsTraceIsReplayedStepByStep() {
        Outcome<Integer, String> o = checkFingerprints(CheckerTest.counter(10)).outcome("below 3").get();
        assertEquals(Verdict.VIOLATED, o.verdict());
        assertEquals(List.of(0, 1, 2, 3), o.trace().get().states());
    }

    @Test
    void initialStatesThatChangeAfterTheSearchAreReportedNotTraced() {
        AtomicBoolean searched = new AtomicBoolean();
        TransitionSystem<Integer, String> fickle = new TransitionSystem<>() {
            @Override
            public List<Integer> initialStates() {
                return List.of(searched.get() ? 100 : 0);
            }

            @Override
            public List<Transition<Integer, String>> successors(Integer s) {
                searched.compareAndSet(false, s == 5); // the last state: the search is over, the replay comes next
                return s < 5 ? List.of(new Transition<>("inc", s + 1)) : List.empty();
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> checkFingerprints(fickle));
        assertTrue(e.getMessage().startsWith("no initial state has fingerprint "), e.getMessage());
    }

    @Test
    void successorsThatChangeAfterTheSearchAreReportedNotTraced() {
        AtomicBoolean searched = new AtomicBoolean();
        TransitionSystem<Integer, String> fickle = CheckerTest.system(List.of(0), s -> {
            searched.compareAndSet(false, s == 5);
            return s < 5 ? List.of(new Transition<>("inc", searched.get() ? s + 2 : s + 1)) : List.<Transition<Integer, String>>empty();
        });
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> checkFingerprints(fickle));
        assertEquals("replay lost the trace at depth 0: the model is not deterministic", e.getMessage());
    }
}
