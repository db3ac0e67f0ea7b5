package teardown.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A model that fails mid-search: its own exception reaches the caller as it was thrown, whichever
 * thread ran the model, and an interrupted caller gets a search that says so and stays interrupted.
 */
class ModelFailureTest {

    /** A binary tree below 2000: enough states that with workers several chunks are in flight. */
    static List<Transition<Integer, String>> children(int s) {
        return List.of(new Transition<>("l", 2 * s + 1), new Transition<>("r", 2 * s + 2)).filter(t -> t.target() < 2000);
    }

    private static TransitionSystem<Integer, String> brokenAt(int bad, RuntimeException failure) {
        return CheckerTest.system(List.of(0), s -> {
            if (s == bad) {
                throw failure;
            }
            return children(s);
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void anExceptionFromTheModelReachesTheCallerUnwrapped(int threads) {
        IllegalArgumentException failure = new IllegalArgumentException("no successor for state 777");
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> Checker.of(brokenAt(777, failure)).threads(threads).check());
        assertSame(failure, thrown, "not wrapped in the worker's ExecutionException or anything else");
    }

    @Test
    void anInterruptedCallerGetsAnInterruptedSearchAndKeepsItsInterrupt() {
        Thread caller = Thread.currentThread();
        // The worker expanding 777 interrupts the caller and then never finishes on its own, so the
        // caller is interrupted while it waits for that chunk; shutting the workers down releases it.
        TransitionSystem<Integer, String> system = CheckerTest.system(List.of(0), s -> {
            if (s == 777) {
                caller.interrupt();
                try {
                    new CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException("worker stopped", e);
                }
            }
            return children(s);
        });
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Checker.of(system).threads(2).check());
            assertEquals("search interrupted", e.getMessage());
            assertTrue(e.getCause() instanceof InterruptedException, String.valueOf(e.getCause()));
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is kept for the caller's own code");
        } finally {
            Thread.interrupted();
        }
        assertFalse(Thread.currentThread().isInterrupted());
    }

    /** A record whose accessor throws: the codec meets the failure when it takes the state apart. */
    record Sealed(int value, Throwable failure) {
        @Override
        public int value() {
            ModelFailureTest.<RuntimeException>sneakyThrow(failure);
            return 0;
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void sneakyThrow(Throwable t) throws E {
        throw (E) t;
    }

    private static TransitionSystem<Sealed, String> sealed(Throwable failure) {
        return CheckerTest.system(List.of(new Sealed(0, failure)), s -> List.empty());
    }

    @Test
    void aFailureInsideTheModelsRecordsReachesTheCallerAsThrown() {
        UnsupportedOperationException runtime = new UnsupportedOperationException("value is private");
        assertSame(runtime, assertThrows(UnsupportedOperationException.class, () -> Checker.of(sealed(runtime)).check()));
        AssertionError error = new AssertionError("broken accessor");
        assertSame(error, assertThrows(AssertionError.class, () -> Checker.of(sealed(error)).check()));
        // A checked exception, which the accessor cannot declare, arrives wrapped but named.
        java.io.IOException checked = new java.io.IOException("value is on disk");
        IllegalStateException wrapped = assertThrows(IllegalStateException.class, () -> Checker.of(sealed(checked)).check());
        assertSame(checked, wrapped.getCause());
    }
}
